package io.hqd.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The Linux bundle's runtime is jlinked from the pom property {@code hqd.runtime.modules}, a list taken once from
 * jdeps. A new library that needs another JDK module would make the bundle fail only on an admin's server, on the
 * first code path that touches it; this asks jdeps again about the packaged jar and every library beside it and
 * fails the build, naming the library and the module, when the runtime lacks one. Runs after packaging (failsafe).
 */
class RuntimeModulesIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    /** A jdeps summary line: "poi-5.4.1.jar -> java.desktop". */
    private static final Pattern NEEDS = Pattern.compile("^(\\S+) -> (\\S+)$");

    @Test
    void theBundledRuntimeHasEveryModuleThePackagedJarAndItsLibrariesUse() throws Exception {
        Path jar = TARGET.resolve("hqd.jar");
        Path runtime = TARGET.resolve("jre");
        assertThat(jar).as("packaged jar (mvn package)").isRegularFile();
        assertThat(runtime.resolve("bin/java")).as("jlinked runtime (mvn package)").isRegularFile();

        Map<String, Set<String>> needs = jdkModulesNeeded(jar);
        Set<String> has = runtimeModules(runtime);
        Map<String, Set<String>> missing = new TreeMap<>();
        needs.forEach((module, jars) -> {
            if (!has.contains(module)) {
                missing.put(module, jars);
            }
        });
        assertThat(missing)
                .as("the bundled runtime lacks JDK modules the code uses (module=[jars]); add them to the property "
                        + "hqd.runtime.modules in pom.xml (the runtime is jlinked from it)")
                .isEmpty();
        // the check reads real answers: the jar's own needs include what every run uses
        assertThat(needs).containsKeys("java.sql", "java.desktop");
        assertThat(needs.get("java.sql")).contains("hqd.jar");
    }

    /** JDK module → the jars that use it, from one recursive jdeps summary over the jar and its class path. */
    private static Map<String, Set<String>> jdkModulesNeeded(Path jar) throws Exception {
        Set<String> jdk = ModuleFinder.ofSystem().findAll().stream()
                .map(ModuleReference::descriptor).map(d -> d.name()).collect(Collectors.toSet());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
                "--multi-release", "21", "--ignore-missing-deps", "-summary", "-recursive",
                "--class-path", TARGET.resolve("lib") + "/*", jar.toString()));
        String out = run(cmd);
        Map<String, Set<String>> needs = new TreeMap<>();
        for (String line : out.lines().toList()) {
            Matcher m = NEEDS.matcher(line.strip());
            if (m.matches() && jdk.contains(m.group(2))) {
                needs.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(m.group(1));
            }
        }
        return needs;
    }

    /** The runtime's own answer: "java.base@25.0.3" → java.base. */
    private static Set<String> runtimeModules(Path runtime) throws Exception {
        return run(List.of(runtime.resolve("bin/java").toString(), "--list-modules")).lines()
                .map(l -> l.strip().replaceAll("@.*", "")).filter(l -> !l.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile("hqd-modules", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("%s finished", cmd.get(0)).isTrue();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("%s: %s", String.join(" ", cmd), out).isZero();
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
