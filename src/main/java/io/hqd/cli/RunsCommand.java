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
        try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
            var rows = RunHistory.latest(w.dsl(), limit);
            if (rows.isEmpty()) {
                System.out.println("还没有运行记录。");
            }
            for (var r : rows) {
                // The run's one name (RunName); a job of the run for another period says which.
                String otherPeriod = r.periodCode() == null || r.periodCode().equals(r.name().periodCode()) ? "" : r.periodCode();
                System.out.printf("%-22s %-6s %-7s %-4s %s → %s  %s%n", r.runName(), RunLabels.job(r.job()),
                        otherPeriod, RunLabels.status(r.status()),
                        r.startedAt().withNano(0), r.finishedAt() == null ? "" : r.finishedAt().withNano(0),
                        r.summary() == null ? "" : r.summary());
            }
            return ExitCodes.OK;
        }
    }
}
