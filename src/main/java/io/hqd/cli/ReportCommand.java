package io.hqd.cli;

import java.util.concurrent.Callable;

import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "生成会议材料（PDF）和分析工作簿（Excel），基于最近一次评价结果。")
public class ReportCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin PeriodOptions options;

    @Override
    public Integer call() throws Exception {
        HqdHome h = home.home();
        var params = options.parameters(Codes.of(h), null);
        try (Pipeline p = Pipeline.open(h)) {
            JobCommandSupport.warnInterrupted(p, System.out);
            int code = JobCommandSupport.report(p, p.runAndReport("reportJob", params.toJobParameters()), System.out);
            System.out.println("报表目录：" + h.reports());
            return code;
        }
    }
}
