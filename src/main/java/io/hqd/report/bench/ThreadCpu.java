package io.hqd.report.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time of a running process's threads by kind, read from {@code /proc} (Linux) while it runs. JFR's execution
 * samples miss a thread's time inside native code, so a profile of the ingest showed its parser threads busiest while
 * the main thread, validating and storing through DuckDB, was the longest: this is what showed it.
 */
public final class ThreadCpu implements AutoCloseable {
    /** The kinds, in the order they are printed. */
    public static final List<String> KINDS = List.of("主线程（校验、入库）与 DuckDB", "解析与回执线程", "即时编译", "垃圾回收", "其他");

    private static final long TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux kernel hqd runs on
    private final Process process;
    /** CPU ticks last seen per "pid/tid", with the thread's kind. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean stop;

    private record Seen(String kind, long ticks) {
    }

    private ThreadCpu(Process process) {
        this.process = process;
        this.poller = Thread.ofPlatform().daemon().name("thread-cpu").start(this::poll);
    }

    /** Starts reading the CPU time of {@code process}'s threads and its descendants' (the JVM under /usr/bin/time). */
    public static ThreadCpu watch(Process process) {
        return new ThreadCpu(process);
    }

    /** The kind of a thread by its name ({@code /proc/.../comm}: at most 15 characters). */
    static String kind(String comm) {
        if (comm.equals("java")) {
            return KINDS.get(0); // the main thread, and DuckDB's threads, which take the name of the thread that made them
        }
        if (comm.startsWith("pool-")) {
            return KINDS.get(1);
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return KINDS.get(2);
        }
        if (comm.contains("GC") || comm.startsWith("G1 ")) {
            return KINDS.get(3);
        }
        return KINDS.get(4);
    }

    private void poll() {
        while (!stop) {
            sample();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).forEach(h -> {
            Path tasks = Path.of("/proc", String.valueOf(h.pid()), "task");
            try (Stream<Path> all = Files.list(tasks)) {
                all.forEach(this::sampleThread);
            } catch (IOException | java.io.UncheckedIOException e) {
                // the process ended between two looks
            }
        });
    }

    private void sampleThread(Path task) {
        try {
            String comm = Files.readString(task.resolve("comm")).strip();
            String stat = Files.readString(task.resolve("stat"));
            // Fields after the name, which may hold spaces and ends at the last ')': utime and stime are the 12th and 13th.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            seen.put(task.getParent().getParent().getFileName() + "/" + task.getFileName(), new Seen(kind(comm), ticks));
        } catch (IOException | RuntimeException e) {
            // the thread ended between two looks: its last reading stands
        }
    }

    /** CPU seconds per kind, every kind present (0 when none ran); call after {@link #close}. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        KINDS.forEach(k -> out.put(k, 0.0));
        seen.values().forEach(s -> out.merge(s.kind(), (double) s.ticks() / TICKS_PER_SECOND, Double::sum));
        return out;
    }

    /** Stops reading (read every 100 ms: at most a thread's last tenth of a second is missed). */
    @Override
    public void close() {
        stop = true;
        poller.interrupt();
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
