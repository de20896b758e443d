package io.hqd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import io.hqd.home.HqdHome;
import io.hqd.jobs.WarehouseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"用一份备份替换数据仓库（先停掉计划任务和 hqd serve）。",
                "被替换的数据仓库保存为备份目录中的 before-restore-时间.duckdb，可再恢复回去。"})
public class RestoreCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "备份文件", description = "hqd backup 或夜间任务生成的 warehouse-*.duckdb")
    Path backup;

    @Override
    public Integer call() {
        HqdHome h = home.home();
        if (!Files.isRegularFile(backup)) {
            throw CliError.usage("备份文件「" + backup.toAbsolutePath().normalize() + "」不存在。");
        }
        WarehouseBackup b = new WarehouseBackup(h, null, 1);
        try {
            Path previous = b.restore(backup.toAbsolutePath().normalize(), LocalDateTime.now());
            System.out.println("已用 " + backup.toAbsolutePath().normalize() + " 恢复数据仓库。原数据仓库已保存为 " + previous);
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            throw CliError.usage(e.getMessage());
        }
    }
}
