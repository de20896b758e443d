package io.hqd.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hqd.warehouse.Warehouse;

/** Makes a folder an hqd home on purpose: folders, settings with their defaults written out, schedule, warehouse. */
public final class HomeSetup {
    private HomeSetup() {
    }

    /** The settings file a new home starts with: every setting an admin may change, with its default. */
    static final String SETTINGS = """
            # hqd 工作目录设置（改后下次运行生效，无需重新构建）
            # 报送截止：报告期结束后多少天内报送算按时
            submission.due-days=15
            # 夜间任务开始前备份数据仓库：保留最近几份、备份目录（相对工作目录或绝对路径）
            backup.keep=7
            backup.dir=backups
            # 日志 logs/hqd.log 按天和 20 MB 轮转，保留天数
            hqd.log.keep-days=30
            """;

    /** Creates the home's folders, settings, schedule and warehouse; keeps whatever already exists. */
    public static HqdHome create(HqdHome home) {
        home.ensureLayout();
        try {
            if (!Files.exists(home.settings())) {
                Files.writeString(home.settings(), SETTINGS, StandardCharsets.UTF_8);
            }
            Path schedule = home.jobs().resolve("nightly.yaml");
            if (!Files.exists(schedule)) {
                Files.createDirectories(home.jobs());
                try (InputStream in = HomeSetup.class.getClassLoader().getResourceAsStream("jobs/nightly.yaml")) {
                    if (in != null) {
                        Files.copy(in, schedule);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入工作目录 " + home.root() + "（" + e.getClass().getSimpleName() + "）", e);
        }
        Warehouse.open(home.warehouseFile()).close();   // creates and migrates it, and proves no one else holds it
        return home;
    }
}
