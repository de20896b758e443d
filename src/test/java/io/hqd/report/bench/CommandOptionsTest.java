package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options of one command as bin/hqd, ./hqd and the bench's child runs get them: from dist/bin/hqd-jvm.sh
 * (run with bash, as the launchers source it) reading hqd-jvm.conf, plus the command's class-data archive.
 */
class CommandOptionsTest {
    private static final Path SHIPPED = Path.of("dist/bin");

    @TempDir Path dir;
    /** A runtime that carries the JDK's own class-data archive, and one that does not. */
    private String withArchive;
    private String withoutArchive;

    @BeforeEach
    void runtimes() throws IOException {
        withArchive = runtime("rt", true);
        withoutArchive = runtime("bare", false);
    }

    @Test
    void theShippedFileRunsOnlyTheIngestOnTheFirstCompilerTierWithTheThroughputCollector() throws Exception {
        assertThat(options(SHIPPED, withoutArchive, "ingest")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
        for (String other : new String[] {"nightly", "report", "evaluate", "serve", "hqd", "ingest-x"}) {
            assertThat(options(SHIPPED, withoutArchive, other)).as(other).isEmpty();
        }
    }

    @Test
    void commentsAndOtherCommandsAreSkippedTheLastLineWinsAndAMissingFileGivesNothing() throws Exception {
        Path bin = bin("""
                # ingest -Xint
                  # report -Xint
                report\t-Xss2m   -XX:+UseParallelGC
                ingest
                evaluate -Xss1m
                evaluate -Xss4m
                """);
        assertThat(options(bin, withoutArchive, "report")).containsExactly("-Xss2m", "-XX:+UseParallelGC");
        assertThat(options(bin, withoutArchive, "ingest")).as("a command without options, and no commented line").isEmpty();
        assertThat(options(bin, withoutArchive, "evaluate")).containsExactly("-Xss4m");
        Files.delete(bin.resolve("hqd-jvm.conf"));
        assertThat(options(bin, withoutArchive, "report")).isEmpty();
    }

    @Test
    void eachCommandGetsItsOwnArchiveInTheCacheWhenTheRuntimeHasTheJdksOwn() throws Exception {
        Path cache = dir.resolve("cache/hqd");
        assertThat(ChildRun.launcherOptions(SHIPPED, withArchive, cache, "ingest", Map.of())).containsExactly(
                "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + cache.resolve("hqd-ingest.jsa"), "-Xlog:cds*=off,aot*=off");
        assertThat(cache).as("the cache folder is made").isDirectory();
        assertThat(ChildRun.launcherOptions(SHIPPED, withArchive, cache, "runs", Map.of()))
                .contains("-XX:SharedArchiveFile=" + cache.resolve("hqd-runs.jsa"));
        assertThat(ChildRun.launcherOptions(SHIPPED, withArchive, cache, "../../etc", Map.of()))
                .as("a name that is no command shares one archive, never a path")
                .contains("-XX:SharedArchiveFile=" + cache.resolve("hqd-other.jsa"));
    }

    @Test
    void noArchiveWhenTurnedOffWithoutTheJdksOwnOrWhenTheCacheCannotBeWritten() throws Exception {
        Path cache = dir.resolve("cache");
        assertThat(ChildRun.launcherOptions(SHIPPED, withArchive, cache, "runs", Map.of("HQD_CDS", "0"))).isEmpty();
        assertThat(ChildRun.launcherOptions(SHIPPED, withoutArchive, cache, "runs", Map.of())).isEmpty();
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertThat(ChildRun.launcherOptions(SHIPPED, withArchive, file.resolve("hqd"), "runs", Map.of()))
                .as("a cache folder that cannot be made").isEmpty();
        assertThat(ChildRun.launcherOptions(SHIPPED, withArchive, Path.of(""), "runs", Map.of()))
                .as("no cache at all (no home)").isEmpty();
    }

    @Test
    void aMissingScriptOrAWrongCallIsAnErrorNotSilence() throws Exception {
        assertThatThrownBy(() -> ChildRun.launcherOptions(dir, withArchive, dir, "ingest", Map.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("hqd-jvm.sh");
        Process p = new ProcessBuilder("bash", SHIPPED.resolve("hqd-jvm.sh").toString(), "java")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(out).contains("用法");
    }

    @Test
    void eachRunGetsATemporaryFolderOfItsOwnAndTheFoldersOfRunsThatDiedAreCleared() throws Exception {
        Path root = dir.resolve("tmp/hqd-0");
        Path died = Files.createDirectories(root.resolve("99999999"));   // above any pid_max: no such process
        Files.writeString(died.resolve("libduckdb_java1.so"), "left by a run that was killed");
        Path running = Files.createDirectories(root.resolve(String.valueOf(ProcessHandle.current().pid())));
        Files.writeString(running.resolve("+~JF1.tmp"), "a font of a run still going");
        Path notARun = Files.createDirectories(root.resolve("notes"));
        Path linked = Files.createSymbolicLink(root.resolve("99999998"), Files.createDirectories(dir.resolve("elsewhere")));

        List<String> out = privateTmp(root);
        Path own = root.resolve(out.get(0));
        assertThat(out.subList(1, out.size())).containsExactly("-Djava.io.tmpdir=" + own, "-Dhqd.fonts.dir=" + root.resolve("fonts"));
        Path fonts = Files.createDirectories(root.resolve("fonts"));
        Files.writeString(fonts.resolve("9436960-font.ttf"), "the report fonts, written once");
        assertThat(own).isDirectory();
        assertThat(Files.getPosixFilePermissions(own)).containsExactlyInAnyOrderElementsOf(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(died).as("a dead run's folder").doesNotExist();
        assertThat(running.resolve("+~JF1.tmp")).as("a live process's folder").exists();
        assertThat(notARun).as("what is not a run's folder").isDirectory();
        assertThat(linked).as("a link is removed, never what it points to").doesNotExist();
        assertThat(dir.resolve("elsewhere")).isDirectory();

        List<String> again = privateTmp(root);
        assertThat(own).as("the first run has ended: cleared by the next").doesNotExist();
        assertThat(root.resolve(again.get(0))).isDirectory();
        assertThat(fonts.resolve("9436960-font.ttf")).as("the fonts outlive the runs").exists();
    }

    @Test
    void noTemporaryFolderOfItsOwnWhenTheRootIsALinkOrCannotBeMade() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("hqd-link"), Files.createDirectories(dir.resolve("target-of-link")));
        assertThat(privateTmp(link)).hasSize(1);
        assertThat(dir.resolve("target-of-link")).isEmptyDirectory();
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertThat(privateTmp(file.resolve("hqd-0"))).as("under a file").hasSize(1);
    }

    /** Sources the shipped script as the launchers do: this shell's pid, then the options it set. */
    private static List<String> privateTmp(Path root) throws Exception {
        Process p = new ProcessBuilder("bash", "-c",
                ". \"$1\"; hqd_private_tmp \"$2\"; echo $$; printf '%s\\n' \"${HQD_TMP_OPTIONS[@]}\"",
                "hqd", SHIPPED.resolve("hqd-jvm.sh").toString(), root.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    private List<String> options(Path bin, String java, String command) throws Exception {
        return ChildRun.launcherOptions(bin, java, dir.resolve("unused-cache"), command, Map.of());
    }

    private Path bin(String conf) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(SHIPPED.resolve("hqd-jvm.sh"), bin.resolve("hqd-jvm.sh"));
        Files.writeString(bin.resolve("hqd-jvm.conf"), conf);
        return bin;
    }

    private String runtime(String name, boolean archive) throws IOException {
        Path java = Files.createDirectories(dir.resolve(name).resolve("bin")).resolve("java");
        Files.writeString(java, "");
        if (archive) {
            Files.writeString(Files.createDirectories(dir.resolve(name).resolve("lib/server")).resolve("classes.jsa"), "");
        }
        return java.toString();
    }
}
