package io.hqd.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The hint after a failed or interrupted run names the command that restarts that run, as it can be copied: the
 * job unless it is the nightly one, and the home always (a report run killed on its own was told {@code hqd
 * restart}, which found nothing to restart; an admin reading a cron run's history has no HQD_HOME set).
 */
class RestartCommandHintTest {
    static final Path HOME = Path.of("/srv/hqd");

    @Test
    void theNightlyJobIsRestartedByTheBareCommandInItsHome() {
        assertThat(RunLabels.restartCommand("nightlyJob", HOME)).isEqualTo("hqd restart --home /srv/hqd");
    }

    @Test
    void everyOtherJobIsNamed() {
        assertThat(RunLabels.restartCommand("reportJob", HOME)).isEqualTo("hqd restart --job reportJob --home /srv/hqd");
        assertThat(RunLabels.restartCommand("ingestJob", HOME)).isEqualTo("hqd restart --job ingestJob --home /srv/hqd");
        assertThat(RunLabels.restartCommand("evaluateJob", HOME)).isEqualTo("hqd restart --job evaluateJob --home /srv/hqd");
    }

    @Test
    void aHomeWithSpacesOrQuotesIsQuotedForTheShell() {
        assertThat(RunLabels.restartCommand("nightlyJob", Path.of("/data/卫健委 统计")))
                .isEqualTo("hqd restart --home '/data/卫健委 统计'");
        assertThat(RunLabels.restartCommand("nightlyJob", Path.of("/data/o'neil")))
                .isEqualTo("hqd restart --home '/data/o'\\''neil'");
    }

    @Test
    void onlyRunsNotYetEndedCountAsStillRunning() {
        assertThat(RunLabels.stillRunning("STARTED")).isTrue();
        assertThat(RunLabels.stillRunning("STARTING")).isTrue();
        assertThat(RunLabels.stillRunning("FAILED")).isFalse();
        assertThat(RunLabels.stillRunning("COMPLETED")).isFalse();
        assertThat(RunLabels.stillRunning("STOPPED")).isFalse();
    }
}
