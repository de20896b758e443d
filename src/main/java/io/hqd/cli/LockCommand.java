package io.hqd.cli;

import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import static io.hqd.warehouse.schema.staged.Tables.PERIOD;

/**
 * Locks a period once its meeting pack is published: later submissions for it are still loaded,
 * but as labelled after-lock versions, never as a silent change of the published figures.
 */
@Command(name = "lock", mixinStandardHelpOptions = true,
        description = {"锁定报告期（会议材料发布后）。锁定后再报送的数据作为“锁定后更正”版本单独标注，不会悄悄改动已发布的数字。",
                "加 --unlock 解除锁定。"})
public class LockCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--period", required = true, paramLabel = "YYYYQn", converter = PeriodOptions.PeriodConverter.class,
            description = "报告期，如 2026Q3")
    Periods period;

    @Option(names = "--by", description = "操作人（写入记录），默认为当前系统用户")
    String by = System.getProperty("user.name");

    @Option(names = "--unlock", description = "解除锁定")
    boolean unlock;

    @Override
    public Integer call() {
        Periods p = period;
        try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
            int n = w.dsl().update(PERIOD)
                    .set(PERIOD.LOCKED_AT, unlock ? null : LocalDateTime.now())
                    .set(PERIOD.LOCKED_BY, unlock ? null : by)
                    .where(PERIOD.PERIOD_CODE.eq(p.code()))
                    .execute();
            if (n == 0) {
                System.err.println("错误：数据仓库中没有报告期 " + p.code() + "（先运行一次 hqd nightly 或 hqd evaluate）");
                return ExitCodes.USAGE;
            }
            System.out.println((unlock ? "已解除锁定：" : "已锁定：") + p.label());
            return ExitCodes.OK;
        }
    }
}
