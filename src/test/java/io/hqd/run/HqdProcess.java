package io.hqd.run;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** hqd as a real process (the same class path as the tests): real exit codes, real kill -9. */
public final class HqdProcess {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private HqdProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.start();
    }

    public static HqdProcess start(Path workDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "io.hqd.Hqd"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().remove("HQD_HOME");
        return new HqdProcess(pb.start());
    }

    /**
     * hqd run through a launcher prefix (e.g. {@code setpriv --reuid=65534 …} to run as another user) with the
     * given class path; runs to the end.
     */
    public static Result runWith(List<String> prefix, String classPath, Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-Xmx1g", "-cp", classPath, "io.hqd.Hqd"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().remove("HQD_HOME");
        return new HqdProcess(pb.start()).waitFor();
    }

    /** Runs to the end; returns the exit code. */
    public static Result run(Path workDir, String... args) throws Exception {
        HqdProcess p = start(workDir, args);
        return p.waitFor();
    }

    public record Result(int code, String output) {
    }

    public Result waitFor() throws InterruptedException {
        if (!process.waitFor(45, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("hqd did not finish: " + String.join("\n", lines));
        }
        reader.join(10_000);
        return new Result(process.exitValue(), String.join("\n", lines));
    }

    /** Waits until a condition on the output holds, then kills the process the way a power cut would (SIGKILL). */
    public String killWhen(Predicate<List<String>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(45);
        while (!condition.test(lines)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the moment to kill never came:\n" + String.join("\n", lines));
            }
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();   // SIGKILL on Linux: no shutdown hooks, nothing flushed
        reader.join(10_000);
        return String.join("\n", lines);
    }

    public boolean alive() {
        return process.isAlive();
    }

    static String classPathSeparator() {
        return File.pathSeparator;
    }
}
