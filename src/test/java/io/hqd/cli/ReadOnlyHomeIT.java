package io.hqd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.run.HqdProcess;

/**
 * A home the user running hqd may not write is an environment error (exit 3) said in Chinese, with no
 * English "IO Error … Permission denied" and no stack trace. Root writes everywhere, so as root the
 * command runs as the unprivileged user nobody (setpriv), for whom the root-owned home is read-only;
 * as any other user the home is made read-only with chmod. Either way the check runs: it passes or fails.
 */
class ReadOnlyHomeIT {
    private static final int NOBODY = 65534;

    @TempDir
    Path dir;

    @Test
    void aReadOnlyHomeExitsWithThreeAndSaysSoInChinese() throws Exception {
        Path home = dir.resolve("home");
        assertThat(HqdProcess.run(dir, "init", "--home", home.toString()).code()).isZero();
        String[] command = {"evaluate", "--home", home.toString(), "--period", "2026Q3"};
        HqdProcess.Result r;
        if (isRoot()) {
            String classPath = readableByEveryone(dir.resolve("cp"));
            open(dir);
            r = HqdProcess.runWith(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"),
                    classPath, dir, command);
            assertThat(r.output()).as("ran as nobody").doesNotContain("setpriv:");
        } else {
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.toList()) {
                    p.toFile().setWritable(false, false);
                }
            }
            r = HqdProcess.run(dir, command);
        }
        assertThat(r.code()).as(r.output()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(r.output()).contains("只读", home.toString(), "写权限")
                .doesNotContain("IO Error", "Permission denied", "Exception", "\tat ");
        assertThat(r.output().lines().count()).as(r.output()).isLessThan(5);
        assertThat(home.resolve("warehouse.duckdb.wal")).doesNotExist();
    }

    private static boolean isRoot() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        id.waitFor();
        return uid.equals("0");
    }

    /** The test class path copied where nobody can read it (Maven's repository under /root is private). */
    private static String readableByEveryone(Path to) throws Exception {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path target = to.resolve(n++ + "-" + from.getFileName());
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : all.toList()) {
                    Path t = target.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.createDirectories(t.getParent());
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            out.add(target.toString());
        }
        open(to);
        return String.join(File.pathSeparator, out);
    }

    /** Everyone may read and enter (not write) everything under {@code root}, and enter its parents. */
    private static void open(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                if (p.startsWith(root.resolve("home")) && !Files.isDirectory(p)) {
                    continue; // the home keeps the modes hqd init gave it
                }
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        for (Path p = root.getParent(); p != null; p = p.getParent()) {
            if (!Files.isReadable(p) || !PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).endsWith("x")) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
