package io.hqd.jobs;

import io.hqd.home.HqdHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobScheduleTest {
    @TempDir
    Path dir;

    @Test
    void theShippedScheduleRunsTheNightlyJobAtHalfPastOne() {
        JobSchedule s = JobSchedule.load(new HqdHome(dir));
        assertThat(s.cron().next(LocalDateTime.of(2026, 11, 23, 12, 0))).isEqualTo(LocalDateTime.of(2026, 11, 24, 1, 30));
    }

    @Test
    void aHomeCanCarryItsOwnScheduleAndABadCronIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(dir.resolve("jobs/nightly.yaml"), "cron: \"0 0 22 * * MON-FRI\"\n");
        assertThat(JobSchedule.load(new HqdHome(dir)).cron().next(LocalDateTime.of(2026, 11, 28, 12, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 22, 0));
        Files.writeString(dir.resolve("jobs/nightly.yaml"), "cron: \"every night\"\n");
        assertThatThrownBy(() -> JobSchedule.load(new HqdHome(dir))).hasMessageContaining("cron「every night」无效");
    }
}
