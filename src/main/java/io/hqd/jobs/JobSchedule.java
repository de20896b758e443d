package io.hqd.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.Yaml;

import io.hqd.home.HqdHome;

/**
 * When the nightly job runs: {@code cron} in {@code jobs/nightly.yaml} (the home's copy first, else the shipped one).
 * The file schedules the nightly job only; what the night does is {@link NightlyJobConfig}.
 */
public record JobSchedule(CronExpression cron, String cronText) {

    public static JobSchedule load(HqdHome home) {
        Path own = home.root().resolve("jobs").resolve("nightly.yaml");
        try (InputStream in = Files.isRegularFile(own) ? Files.newInputStream(own)
                : JobSchedule.class.getClassLoader().getResourceAsStream("jobs/nightly.yaml")) {
            if (in == null) {
                throw new IllegalStateException("缺少任务定义 jobs/nightly.yaml");
            }
            Map<String, Object> doc = new Yaml().load(in);
            String cron = String.valueOf(doc.get("cron"));
            try {
                return new JobSchedule(CronExpression.parse(cron), cron);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("jobs/nightly.yaml 中的 cron「" + cron + "」无效：" + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
