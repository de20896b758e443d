package io.hqd.report.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    public record Result(int exitCode, double seconds, double cpuSeconds, long peakRssBytes, long peakHeapBytes, String output,
                         Map<String, Double> threadCpu) {
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
        cmd.addAll(launcherOptions(scratch, args));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.hqd.Hqd"));
        cmd.addAll(List.of(args));
        Result r = run(scratch, cmd);
        long heap = 0;
        Matcher m = GC.matcher(Files.readString(gcLog));
        while (m.find()) {
            heap = Math.max(heap, Long.parseLong(m.group(1)) << 20);
        }
        Files.deleteIfExists(gcLog);
        return new Result(r.exitCode(), r.seconds(), r.cpuSeconds(), r.peakRssBytes(), heap, r.output(), r.threadCpu());
    }

    /**
     * The JVM options the launchers give the command (bin/hqd, ./hqd: both take them from {@code hqd-jvm.sh}, which
     * reads {@code hqd-jvm.conf}), with its class-data archive under {@code scratch}: hqd measured as people run it.
     * From the source tree's {@code dist/bin/} when run from it ({@code hqd.source}), else from {@code bin/} beside
     * the installed jar.
     */
    static List<String> launcherOptions(Path scratch, String... args) throws IOException, InterruptedException {
        String source = System.getProperty("hqd.source");
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
        Path bin = source != null ? Path.of(source, "dist", "bin") : jar.resolveSibling("bin");
        return launcherOptions(bin, javaBinary(), scratch.resolve("cds"), args.length > 0 ? args[0] : "", Map.of());
    }

    /** {@code bash bin/hqd-jvm.sh java bin/hqd-jvm.conf cache command}, with {@code env} added to this process's environment. */
    static List<String> launcherOptions(Path bin, String java, Path cache, String command, Map<String, String> env)
            throws IOException, InterruptedException {
        Path script = bin.resolve("hqd-jvm.sh");
        if (!Files.isRegularFile(script)) {
            throw new IOException("找不到 " + script + "（hqd 启动脚本的一部分），无法按 bin/hqd 的方式启动被测命令");
        }
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), java, bin.resolve("hqd-jvm.conf").toString(),
                cache.toString(), command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(script + " 运行失败：" + out.strip());
        }
        return out.lines().filter(l -> !l.isBlank()).toList();
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
        ThreadCpu threads = ThreadCpu.watch(p);
        int code;
        try {
            code = p.waitFor();
        } finally {
            threads.close();
        }
        Map<String, Double> threadCpu = threads.seconds();
        Runtime.getRuntime().removeShutdownHook(stop);
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] parts = Files.readString(times).strip().lines().reduce((a, b) -> b).orElse("0 0 0 0").split(" ");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(times);
        Files.deleteIfExists(out);
        return new Result(code, wall, Double.parseDouble(parts[2]) + Double.parseDouble(parts[3]),
                Long.parseLong(parts[1]) * 1024, -1, output, threadCpu);
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
