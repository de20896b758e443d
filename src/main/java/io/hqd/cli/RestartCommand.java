package io.hqd.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import io.hqd.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "从失败的步骤继续最近一次失败的运行（已完成的步骤不重复）。")
public class RestartCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--job", description = "任务名，默认 ${DEFAULT-VALUE}")
    String job = "nightlyJob";

    @Override
    public Integer call() throws Exception {
        try (Pipeline p = Pipeline.open(home.home())) {
            JobRepository repo = p.bean(JobRepository.class);
            JobInstance last = repo.getLastJobInstance(job);
            JobExecution exec = last == null ? null : repo.getLastJobExecution(last);
            if (exec == null || exec.getStatus() == BatchStatus.COMPLETED) {
                System.out.println("没有需要续跑的失败运行。");
                return ExitCodes.OK;
            }
            System.out.printf("续跑运行 #%d（%s）……%n", exec.getId(), exec.getJobParameters());
            return JobCommandSupport.report(p.run(job, exec.getJobParameters()), System.out);
        }
    }
}
