package io.hqd.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline install bundle as an admin uses it: unpacked into an empty folder, run by its own launcher with
 * no Java installed (JAVA_HOME unset, no java, javac or mvn on the path), so the Java runtime the Linux bundle
 * carries runs it; that runtime has no jdk.compiler (report templates are compiled at build time). {@code init}
 * makes a home, the demo runs to the end and its PDF packs exist. Runs after packaging (failsafe).
 */
class BundleIT {
    @TempDir
    Path dir;

    @Test
    void theUnpackedBundleRunsTheDemoWithItsOwnRuntimeAndNoMaven() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path tar = single(target, "hqd-*.tar.gz");
        Path zip = single(target, "hqd-*.zip");
        String base = tar.getFileName().toString().replace(".tar.gz", "");

        assertThat(exec(dir, List.of("tar", "xzf", tar.toString()), null).code).isZero();
        Path root = dir.resolve(base);
        for (String f : List.of("hqd.jar", "bin/hqd", "bin/hqd-jvm.sh", "bin/hqd-jvm.conf", "bin/hqd.bat", "service/hqd-nightly.service", "service/hqd-nightly.timer",
                "service/hqd-nightly-task.xml", "catalog/targets.csv", "jobs/nightly.yaml", "README.md")) {
            assertThat(root.resolve(f)).as(f).exists();
        }
        assertThat(Files.isExecutable(root.resolve("bin/hqd"))).isTrue();
        assertThat(Files.readString(root.resolve("README.md"))).contains("安装", "hqd init", "备份", "恢复");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry(base + "/bin/hqd.bat")).isNotNull();
            assertThat(z.getEntry(base + "/hqd.jar")).isNotNull();
            assertThat(z.stream().filter(e -> e.getName().startsWith(base + "/jre/")).count())
                    .as("the Windows bundle carries no (Linux) runtime").isZero();
            assertThat(z.stream().filter(e -> e.getName().startsWith(base + "/lib/")).count())
                    .isEqualTo(Files.list(root.resolve("lib")).count() + 1);   // + the lib/ folder entry
        }

        Path jre = root.resolve("jre");
        assertThat(Files.isExecutable(jre.resolve("bin/java"))).as("the Linux bundle carries its own runtime").isTrue();
        Result modules = exec(dir, List.of(jre.resolve("bin/java").toString(), "--list-modules"), null);
        assertThat(modules.out).contains("java.base@", "java.desktop@", "jdk.localedata@").doesNotContain("jdk.compiler@");

        Path tools = toolsWithoutMaven();
        Env noJava = new Env(tools, Map.of());
        Result version = exec(dir, List.of(root.resolve("bin/hqd").toString(), "--version"),
                new Env(tools, Map.of("HQD_JAVA_OPTS", "-XshowSettings:properties -Xmx256m")));
        assertThat(version.code).as(version.out).isZero();
        assertThat(version.out).as("the launcher chose the bundle's runtime").contains("java.home = " + jre.toRealPath());

        Path home = dir.resolve("home");
        Result init = exec(dir, List.of(root.resolve("bin/hqd").toString(), "init", "--home", home.toString()), noJava);
        assertThat(init.code).as(init.out).isZero();
        Result demo = exec(dir, List.of(root.resolve("bin/hqd").toString(), "demo", "--home", dir.resolve("demo").toString(),
                "--region", "511800"), noJava);
        assertThat(demo.code).as(demo.out).isZero();
        assertThat(demo.out).contains("报表目录", "完成");
        try (Stream<Path> pdfs = Files.walk(dir.resolve("demo").resolve("reports"))) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf")).count()).isPositive();
        }
        assertThat(dir.resolve("demo").resolve("logs").resolve("hqd.log")).exists();

        // start-up: each command's classes are archived in the user's cache at its first exit and mapped from then on
        Path cache = dir.resolve(".cache/hqd");
        assertThat(cache.resolve("hqd-demo.jsa")).as("the demo's class-data archive").exists();
        // Java's temporary files (the DuckDB driver's native library...) go to a folder of the run's own, which the
        // next run clears when its process is gone: what a killed run left behind does not stay for good
        Path tmpRoot = dir.resolve("tmp").resolve("hqd-" + Files.getAttribute(dir, "unix:uid"));
        Path killed = Files.createDirectories(tmpRoot.resolve("99999999"));
        Files.writeString(killed.resolve("libduckdb_java1.so"), "left by a killed run");
        Env withTmp = new Env(tools, Map.of("TMPDIR", dir.resolve("tmp").toString()));
        for (int i = 0; i < 2; i++) {
            Result runs = exec(dir, List.of(root.resolve("bin/hqd").toString(), "runs", "--home", dir.resolve("demo").toString()), withTmp);
            assertThat(runs.code).as(runs.out).isZero();
            assertThat(runs.out).contains("夜间任务").doesNotContain("warning", "cds", "archive", "Error");
        }
        assertThat(cache.resolve("hqd-runs.jsa")).exists();
        assertThat(killed).doesNotExist();
        try (Stream<Path> left = Files.list(tmpRoot)) {
            List<Path> folders = left.toList();
            assertThat(folders).as("only the last run's folder").hasSize(1);
            try (Stream<Path> inside = Files.list(folders.get(0))) {
                assertThat(inside.filter(f -> f.getFileName().toString().startsWith("libduckdb")).toList())
                        .as("a run that ended normally deleted its copy of the DuckDB library").isEmpty();
            }
        }
        Result off = exec(dir, List.of(root.resolve("bin/hqd").toString(), "catalog", "list", "regions"),
                new Env(tools, Map.of("HQD_CDS", "0")));
        assertThat(off.code).as(off.out).isZero();
        assertThat(cache.resolve("hqd-catalog.jsa")).as("HQD_CDS=0 turns the archive off").doesNotExist();
    }

    /** The few tools the launcher uses, in a folder of their own: no mvn, no javac, no java on PATH. */
    private Path toolsWithoutMaven() throws IOException {
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String t : List.of("bash", "sed", "head", "grep", "dirname", "readlink", "env", "uname", "mkdir", "rm")) {
            for (String d : List.of("/usr/bin/", "/bin/")) {
                if (Files.isExecutable(Path.of(d + t)) && !Files.exists(tools.resolve(t))) {
                    Files.createSymbolicLink(tools.resolve(t), Path.of(d + t));
                }
            }
        }
        return tools;
    }

    /** A bare environment: PATH is only {@code tools}; no JAVA_HOME. */
    record Env(Path tools, Map<String, String> extra) {
    }

    record Result(int code, String out) {
    }

    private static Result exec(Path cwd, List<String> cmd, Env env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        if (env != null) {
            pb.environment().clear();
            pb.environment().put("PATH", env.tools().toString());
            pb.environment().put("HOME", cwd.toString());
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().put("HQD_JAVA_OPTS", "-Xmx2g");
            pb.environment().putAll(env.extra());
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static Path single(Path folder, String glob) throws IOException {
        try (var s = Files.newDirectoryStream(folder, glob)) {
            List<Path> found = new java.util.ArrayList<>();
            s.forEach(found::add);
            assertThat(found).as("%s in %s (built by mvn package)", glob, folder).hasSize(1);
            return found.get(0);
        }
    }
}
