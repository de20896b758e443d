package io.hqd.cli;

import java.util.concurrent.Callable;

import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "按计划目标评价每家医院、每个县区和市（不接收新文件）。")
public class EvaluateCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin PeriodOptions options;

    @Override
    public Integer call() throws Exception {
        HqdHome h = home.home();
        var params = options.parameters(Codes.of(h), null);
        try (Pipeline p = Pipeline.open(h)) {
            JobCommandSupport.warnInterrupted(p, System.out);
            return JobCommandSupport.report(p, p.runAndReport("evaluateJob", params.toJobParameters()), System.out);
        }
    }
}
