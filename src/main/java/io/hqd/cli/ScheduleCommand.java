package io.hqd.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.hqd.jobs.JobSchedule;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "常驻运行，按 jobs/nightly.yaml 中的时间每晚启动夜间任务。")
public class ScheduleCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--once", description = "只显示下次运行时间后退出（用于检查配置）")
    boolean once;

    @Override
    public Integer call() throws Exception {
        JobSchedule schedule = JobSchedule.load(home.home());
        while (true) {
            LocalDateTime next = schedule.cron().next(LocalDateTime.now());
            System.out.printf("计划：夜间任务（cron %s），下次运行 %s%n", schedule.cronText(), next);
            if (once) {
                return ExitCodes.OK;
            }
            Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
            // Each night in a fresh context, so the warehouse file is free between runs.
            int code = HqdCommand.execute("nightly", "--home", home.home().root().toString());
            System.out.println("夜间任务结束，退出码 " + code);
        }
    }
}
