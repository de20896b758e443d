package io.hqd.cli;

import java.util.concurrent.Callable;

import io.hqd.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "按计划目标评价每家医院、每个县区和市（不接收新文件）。")
public class EvaluateCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin PeriodOptions options;

    @Override
    public Integer call() throws Exception {
        try (Pipeline p = Pipeline.open(home.home())) {
            return JobCommandSupport.report(p.run("evaluateJob", options.jobParameters()), System.out);
        }
    }
}
