package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM options per command in hqd-jvm.conf, as bin/hqd, ./hqd and the bench's child runs read them. */
class CommandOptionsTest {
    @TempDir Path dir;

    @Test
    void theShippedFileRunsOnlyTheIngestOnTheFirstCompilerTier() throws IOException {
        Path shipped = Path.of("dist/bin/hqd-jvm.conf");
        assertThat(ChildRun.commandOptions(shipped, "ingest")).containsExactly("-XX:TieredStopAtLevel=1");
        for (String other : new String[] {"nightly", "report", "evaluate", "serve", "", "ingest-x"}) {
            assertThat(ChildRun.commandOptions(shipped, other)).as(other).isEmpty();
        }
    }

    @Test
    void commentsAndOtherCommandsAreSkippedAndAMissingFileGivesNothing() throws IOException {
        Path conf = dir.resolve("hqd-jvm.conf");
        Files.writeString(conf, """
                # ingest -Xint
                report\t-Xss2m   -XX:+UseParallelGC
                ingest
                evaluate -Xss1m
                """);
        assertThat(ChildRun.commandOptions(conf, "report")).containsExactly("-Xss2m", "-XX:+UseParallelGC");
        assertThat(ChildRun.commandOptions(conf, "ingest")).as("a command without options, and no commented line").isEmpty();
        assertThat(ChildRun.commandOptions(conf, "evaluate")).containsExactly("-Xss1m");
        assertThat(ChildRun.commandOptions(dir.resolve("none.conf"), "ingest")).isEmpty();
    }
}
