package io.hqd.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import io.hqd.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "夜间任务：接收收件箱中的新文件、评价、生成报表（计划任务运行的就是它）。")
public class NightlyCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin PeriodOptions options;

    @Override
    public Integer call() throws Exception {
        try (Pipeline p = Pipeline.open(home.home())) {
            JobExecution e = p.run("nightlyJob", Pipeline.parameters()
                    .addJobParameters(options.jobParameters())
                    .addString("inbox", home.home().inbox().toString()).toJobParameters());
            int code = JobCommandSupport.report(e, System.out);
            System.out.println("报表目录：" + home.home().reports());
            return code;
        }
    }
}
