package io.hqd.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import org.jooq.DSLContext;
import org.springframework.core.env.Environment;

import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import io.hqd.jobs.WarehouseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"立即备份数据仓库（夜间任务开始前也会自动备份）。",
                "备份目录和保留份数见工作目录的 hqd.properties：backup.dir、backup.keep。"})
public class BackupCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Override
    public Integer call() throws Exception {
        HqdHome h = home.home();
        try (Pipeline p = Pipeline.open(h)) {
            WarehouseBackup backup = of(h, p.bean(Environment.class));
            Path file = backup.backup(p.bean(DSLContext.class), LocalDateTime.now());
            System.out.printf("已备份数据仓库：%s（保留最近 %d 份，目录中现有 %d 份）%n", file,
                    p.bean(Environment.class).getProperty("backup.keep", Integer.class, 7), backup.list().size());
            return ExitCodes.OK;
        }
    }

    static WarehouseBackup of(HqdHome h, Environment env) {
        String dir = env.getProperty("backup.dir", "");
        return new WarehouseBackup(h, dir.isBlank() ? null : Path.of(dir), env.getProperty("backup.keep", Integer.class, 7));
    }
}
