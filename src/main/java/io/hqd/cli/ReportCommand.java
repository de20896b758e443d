package io.hqd.cli;

import java.util.concurrent.Callable;

import io.hqd.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "生成会议材料（PDF）和分析工作簿（Excel），基于最近一次评价结果。")
public class ReportCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin PeriodOptions options;

    @Override
    public Integer call() throws Exception {
        try (Pipeline p = Pipeline.open(home.home())) {
            int code = JobCommandSupport.report(p.run("reportJob", options.jobParameters()), System.out);
            System.out.println("报表目录：" + home.home().reports());
            return code;
        }
    }
}
