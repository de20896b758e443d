package io.hqd.cli;

import static io.hqd.warehouse.schema.ops.Tables.RUN;

import java.util.concurrent.Callable;

import io.hqd.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "runs", mixinStandardHelpOptions = true, description = "列出运行历史（每次运行的任务、报告期、状态、摘要）。")
public class RunsCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--limit", description = "最多显示条数，默认 ${DEFAULT-VALUE}")
    int limit = 30;

    @Override
    public Integer call() {
        try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
            var rows = w.dsl().selectFrom(RUN).orderBy(RUN.EXECUTION_ID.desc()).limit(limit).fetch();
            if (rows.isEmpty()) {
                System.out.println("还没有运行记录。");
            }
            for (var r : rows) {
                System.out.printf("#%-4d %-12s %-20s %-8s %-10s %s → %s  %s%n", r.getExecutionId(), r.getJob(),
                        r.getRunName(), r.getPeriodCode() == null ? "" : r.getPeriodCode(), r.getStatus(),
                        r.getStartedAt(), r.getFinishedAt() == null ? "" : r.getFinishedAt(),
                        r.getSummary() == null ? "" : r.getSummary());
            }
            return ExitCodes.OK;
        }
    }
}
