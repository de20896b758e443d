package io.hqd.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hint after a failed or interrupted run names the command that restarts that run: a bare
 * {@code hqd restart} restarts the nightly job, so a report run killed on its own needs {@code --job reportJob}
 * (it used to be told {@code hqd restart}, which then found nothing to restart).
 */
class RestartCommandHintTest {
    @Test
    void theNightlyJobIsRestartedByTheBareCommand() {
        assertThat(RunLabels.restartCommand("nightlyJob")).isEqualTo("hqd restart");
    }

    @Test
    void everyOtherJobIsNamed() {
        assertThat(RunLabels.restartCommand("reportJob")).isEqualTo("hqd restart --job reportJob");
        assertThat(RunLabels.restartCommand("ingestJob")).isEqualTo("hqd restart --job ingestJob");
        assertThat(RunLabels.restartCommand("evaluateJob")).isEqualTo("hqd restart --job evaluateJob");
    }
}
