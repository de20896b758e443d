package io.hqd.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The orchestration ({@code io.hqd.jobs}) sits above the stages: it may use them, no stage may use it. Read from
 * the compiled classes, so every use counts (imports, fully qualified names, signatures, annotations) and
 * comments do not. A class names another class in its constant pool as {@code io/hqd/jobs/Name}.
 */
class JobLayerTest {
    /** Only these packages stand above the stages and may start jobs; everything else is a stage or below one. */
    private static final Set<String> ABOVE_THE_STAGES = Set.of("jobs", "cli", "web", "demo");
    private static final List<String> STAGES = List.of("ingest", "evaluate", "report", "warehouse", "catalog",
            "registry", "run");
    private static final Pattern USES_JOBS = Pattern.compile("io/hqd/jobs/([A-Za-z0-9_$]+)");

    @Test
    void noStageNorTheRunInfrastructureUsesTheOrchestration() throws Exception {
        Path hqd = compiledHqd();
        for (String stage : STAGES) {
            assertThat(classesUnder(hqd.resolve(stage))).as("compiled classes of io.hqd.%s", stage).isNotEmpty();
        }
        Set<String> offenders = new TreeSet<>();
        try (Stream<Path> packages = Files.list(hqd)) {
            for (Path pkg : packages.filter(Files::isDirectory)
                    .filter(p -> !ABOVE_THE_STAGES.contains(p.getFileName().toString())).toList()) {
                for (Path c : classesUnder(pkg)) {
                    for (String used : jobsClassesUsedBy(c)) {
                        offenders.add(hqd.relativize(c).toString().replace(".class", "") + " → io.hqd.jobs." + used);
                    }
                }
            }
        }
        assertThat(offenders)
                .as("a stage (or the run infrastructure below the stages) uses io.hqd.jobs, the layer above it; "
                        + "move what it needs into io.hqd.run or the stage itself")
                .isEmpty();
    }

    /** The check sees a use where there is one: the CLI starts jobs through the orchestration. */
    @Test
    void theCheckFindsTheCommandLinesUseOfTheOrchestration() throws Exception {
        Path nightly = compiledHqd().resolve("cli").resolve("NightlyCommand.class");
        assertThat(jobsClassesUsedBy(nightly)).contains("Pipeline");
        assertThat(jobsClassesUsedBy(compiledHqd().resolve("run").resolve("RunParameters.class"))).isEmpty();
    }

    private static Path compiledHqd() throws URISyntaxException {
        Path classes = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.resolve("io").resolve("hqd");
    }

    private static List<Path> classesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".class")).toList();
        }
    }

    /** Class names are stored as modified UTF-8, which is plain ASCII for these names. */
    private static Set<String> jobsClassesUsedBy(Path classFile) throws IOException {
        String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        Set<String> used = new TreeSet<>();
        Matcher m = USES_JOBS.matcher(text);
        while (m.find()) {
            used.add(m.group(1).replaceAll("\\$.*", ""));
        }
        return used;
    }
}
