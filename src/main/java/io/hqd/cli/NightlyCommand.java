package io.hqd.cli;

import java.util.concurrent.Callable;

import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import io.hqd.run.RunParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"夜间任务：备份数据仓库，接收收件箱中的新文件，评价，生成报表（计划任务运行的就是它）。",
                "同一天再次运行时，若上次失败则从失败的步骤继续；有文件被退回时退出码为 4。"})
public class NightlyCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin PeriodOptions options;

    @Override
    public Integer call() throws Exception {
        HqdHome h = home.home();
        RunParameters params = options.parameters(Codes.of(h), h.inbox().toString());
        try (Pipeline p = Pipeline.open(h)) {
            JobCommandSupport.warnInterrupted(p, System.out);
            int code = JobCommandSupport.report(p, p.runAndReport("nightlyJob", params.toJobParameters()), System.out);
            System.out.println("报表目录：" + h.reports());
            return code;
        }
    }
}
