package io.hqd.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import io.hqd.jobs.Pipeline;
import io.hqd.run.RunLabels;
import io.hqd.run.RunParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"续跑最近一次失败或中断的运行（夜间任务，或单独运行的接收、评价、报表）：从失败的步骤继续，已完成的步骤不重做。",
                "进程被强制结束（断电、kill）后留下的“运行中”记录会先被标记为失败，再续跑。"})
public class RestartCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--job", paramLabel = "任务",
            description = "只续跑这一任务最近一次失败的运行：nightlyJob、ingestJob、evaluateJob 或 reportJob；不写则续跑最近一次失败的运行，无论哪个任务")
    String job;

    @Override
    public Integer call() throws Exception {
        if (job != null && !java.util.List.of("nightlyJob", "ingestJob", "evaluateJob", "reportJob").contains(job)) {
            throw CliError.usage("--job：没有名为「" + job + "」的任务；可选 nightlyJob、ingestJob、evaluateJob、reportJob。");
        }
        try (Pipeline p = Pipeline.open(home.home())) {
            JobCommandSupport.warnInterrupted(p, System.out, true);
            JobExecution failed = job == null ? p.lastFailedOfAnyJob() : p.lastFailed(job);
            if (failed == null) {
                System.out.println(job == null ? "没有需要续跑的失败运行（最近的运行都已完成）。"
                        : "没有需要续跑的失败运行（" + RunLabels.job(job) + "最近一次运行已完成或从未运行）。");
                return ExitCodes.OK;
            }
            String name = failed.getJobInstance().getJobName();
            String from = failed.getStepExecutions().stream()
                    .filter(s -> s.getStatus().isUnsuccessful()).map(s -> RunLabels.step(s.getStepName()))
                    .findFirst().orElse("失败的步骤");
            System.out.printf("续跑%s的%s（%s），从「%s」继续……%n", JobCommandSupport.name(p, failed).label(),
                    RunLabels.job(name), RunParameters.of(failed), from);
            return JobCommandSupport.report(p, p.outcome(p.restart(failed)), System.out);
        }
    }
}
