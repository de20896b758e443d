package io.hqd.cli;

import java.util.concurrent.Callable;

import io.hqd.run.RunHistory;
import io.hqd.run.RunLabels;
import io.hqd.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "runs", mixinStandardHelpOptions = true, description = "列出运行历史（每次运行的任务、报告期、状态、各步骤的读取/写入数和用时）。")
public class RunsCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--limit", description = "最多显示条数，默认 ${DEFAULT-VALUE}")
    int limit = 30;

    @Override
    public Integer call() {
        io.hqd.home.HqdHome h = home.home();
        try (Warehouse w = Warehouse.open(h.warehouseFile())) {
            var rows = RunHistory.latest(w.dsl(), limit);
            if (rows.isEmpty()) {
                System.out.println("还没有运行记录。");
                return ExitCodes.OK;
            }
            TextColumns table = new TextColumns("运行", "任务", "其他报告期", "状态", "开始 → 结束", "各步骤");
            for (var r : rows) {
                // The run's one name (RunName); a job of the run for another period says which.
                String otherPeriod = r.periodCode() == null || r.periodCode().equals(r.name().periodCode()) ? "" : r.periodCode();
                // This command holds the warehouse, and every job runs in the process that holds it: a run still
                // "running" here is one a crash left (the next job or restart marks it failed).
                boolean left = RunLabels.stillRunning(r.status());
                String summary = left ? "进程已不在（意外中断）；可用 " + RunLabels.restartCommand(outermostJob(rows, r), h.root())
                        + " 从中断的步骤继续" : r.summary() == null ? "" : r.summary();
                table.row(r.runName(), RunLabels.job(r.job()), otherPeriod, left ? "已中断" : RunLabels.status(r.status()),
                        r.startedAt().withNano(0) + " → " + (r.finishedAt() == null ? "" : r.finishedAt().withNano(0)), summary);
            }
            table.print(System.out);
            return ExitCodes.OK;
        }
    }

    /** A stage of a nightly run restarts with its night: the nightly job when the run has one. */
    private static String outermostJob(java.util.List<RunHistory.Entry> rows, RunHistory.Entry r) {
        return rows.stream().anyMatch(o -> o.runName().equals(r.runName()) && o.job().equals("nightlyJob")
                && RunLabels.stillRunning(o.status())) ? "nightlyJob" : r.job();
    }
}
