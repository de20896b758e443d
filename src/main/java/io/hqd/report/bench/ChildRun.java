package io.hqd.report.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole process, timed from outside: wall time and peak RSS from {@code /usr/bin/time}, and for a
 * JVM the peak heap in use, read from its GC log (the heap before each collection is the high-water mark).
 */
public final class ChildRun {
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    /**
     * What one process took: wall time, and CPU time (user + system), which on a shared machine says more
     * about the work than wall time does. {@code peakHeapBytes} is -1 for a process that is not a JVM.
     */
    public record Result(int exitCode, double seconds, double cpuSeconds, long peakRssBytes, long peakHeapBytes, String output) {
    }

    private ChildRun() {
    }

    /** {@code hqd <args>} in a new JVM with the same class path and the given maximum heap. */
    public static Result hqd(Path scratch, String maxHeap, String... args) throws IOException, InterruptedException {
        Path gcLog = Files.createTempFile(scratch, "gc", ".log");
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "--enable-native-access=ALL-UNNAMED",
                "-Djava.awt.headless=true", "-Xmx" + maxHeap, "-Xlog:gc:file=" + gcLog));
        String source = System.getProperty("hqd.source");
        if (source != null) {
            cmd.add("-Dhqd.source=" + source);
        }
        cmd.addAll(commandOptions(args));
        cmd.addAll(classDataArchive(scratch, args));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.hqd.Hqd"));
        cmd.addAll(List.of(args));
        Result r = run(scratch, cmd);
        long heap = 0;
        Matcher m = GC.matcher(Files.readString(gcLog));
        while (m.find()) {
            heap = Math.max(heap, Long.parseLong(m.group(1)) << 20);
        }
        Files.deleteIfExists(gcLog);
        return new Result(r.exitCode(), r.seconds(), r.cpuSeconds(), r.peakRssBytes(), heap, r.output());
    }

    /**
     * The JVM options {@code hqd-jvm.conf} gives the command, as the launchers read it: from the source tree's
     * {@code dist/bin/} when run from it ({@code hqd.source}), else from {@code bin/} beside the installed jar.
     */
    static List<String> commandOptions(String... args) throws IOException {
        String source = System.getProperty("hqd.source");
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
        Path conf = source != null ? Path.of(source, "dist", "bin", "hqd-jvm.conf") : jar.resolveSibling("bin").resolve("hqd-jvm.conf");
        return commandOptions(conf, args.length > 0 ? args[0] : "");
    }

    /** The options of {@code command} in a {@code hqd-jvm.conf} ({@code #} comments; a line: the command, then its options). */
    static List<String> commandOptions(Path conf, String command) throws IOException {
        if (!Files.isRegularFile(conf)) {
            return List.of();
        }
        List<String> out = List.of();
        for (String line : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
            String[] words = line.strip().split("\\s+");
            if (!line.strip().startsWith("#") && words.length > 1 && words[0].equals(command)) {
                out = List.of(words).subList(1, words.length);
            }
        }
        return out;
    }

    /**
     * The class-data archive the launchers give each command (bin/hqd, ./hqd): measured as people run hqd. The first
     * run of a command writes it at exit (its cost falls in that run), later runs start from it. A JVM without the
     * JDK's own archive goes without, as under the launchers.
     */
    static List<String> classDataArchive(Path scratch, String... args) throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        boolean base = Files.exists(home.resolve("lib/server/classes.jsa")) || Files.exists(home.resolve("lib/server/classes_nocoops.jsa"));
        if (!base) {
            return List.of();
        }
        String command = args.length > 0 && args[0].matches("[a-z][a-z-]{0,20}") ? args[0] : "other";
        Path dir = Files.createDirectories(scratch.resolve("cds"));
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + dir.resolve("hqd-" + command + ".jsa"),
                "-Xlog:cds*=off,aot*=off");
    }

    public static Result run(Path scratch, List<String> command) throws IOException, InterruptedException {
        Path times = Files.createTempFile(scratch, "time", ".txt");
        Path out = Files.createTempFile(scratch, "out", ".txt");
        List<String> cmd = new ArrayList<>(List.of(TIME.toString(), "-o", times.toString(), "-f", "%e %M %U %S"));
        cmd.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        Thread stop = new Thread(() -> p.descendants().forEach(ProcessHandle::destroy));
        Runtime.getRuntime().addShutdownHook(stop); // an interrupted benchmark leaves no process behind
        int code = p.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] parts = Files.readString(times).strip().lines().reduce((a, b) -> b).orElse("0 0 0 0").split(" ");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(times);
        Files.deleteIfExists(out);
        return new Result(code, wall, Double.parseDouble(parts[2]) + Double.parseDouble(parts[3]),
                Long.parseLong(parts[1]) * 1024, -1, output);
    }

    /** CPU seconds this JVM has used so far (all threads). */
    public static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** The 1-, 5- and 15-minute load averages: how busy the machine was while the figures were taken. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "未知";
        }
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
