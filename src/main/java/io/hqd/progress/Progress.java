package io.hqd.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Feedback on long work, as plain lines that read the same in a terminal, a log file and a cron mail:
 * "接收文件 [██████░░░░░░░░░░░░░░] 30%  263/877 个文件，已用 1 分 52 秒，约剩 4 分 21 秒".
 * A line at every tenth of the work and at least every {@link #EVERY} while it goes on, never more often than
 * once in {@link #QUIET}, and one at the end; nothing for work that has nothing to count. Safe to call from
 * several threads.
 */
public final class Progress {
    /** Longest silence while work goes on: cron mails and log files show the run is alive. */
    public static final Duration EVERY = Duration.ofSeconds(30);
    /** Shortest gap between two lines, so a fast run does not print a line per file. */
    public static final Duration QUIET = Duration.ofSeconds(2);
    private static final int WIDTH = 20;

    private final String what;
    private final String unit;
    private final int total;
    private final Clock clock;
    private final Consumer<String> out;
    private final Instant started;
    private Instant lastLine;
    private int lastTenth;
    private int done;

    public Progress(String what, String unit, int total, Clock clock, Consumer<String> out) {
        this.what = what;
        this.unit = unit;
        this.total = total;
        this.clock = clock;
        this.out = out;
        this.started = clock.instant();
        this.lastLine = started;
    }

    /** One more item done; prints a line when a tenth of the work is crossed or the run was quiet too long. */
    public synchronized void step() {
        done++;
        if (total <= 0 || done >= total) {
            return;   // the last line is finish()'s
        }
        Instant now = clock.instant();
        int tenth = done * 10 / total;
        Duration quiet = Duration.between(lastLine, now);
        if ((tenth > lastTenth && quiet.compareTo(QUIET) >= 0) || quiet.compareTo(EVERY) >= 0) {
            lastTenth = tenth;
            lastLine = now;
            out.accept(line(now));
        }
    }

    /** The closing line (nothing when there was nothing to do). */
    public synchronized void finish() {
        finish(null);
    }

    /** The closing line with what else the work produced, e.g. "共 86 页" (nothing when there was nothing to do). */
    public synchronized void finish(String more) {
        if (total > 0) {
            out.accept(more == null ? line(clock.instant()) : line(clock.instant()) + "，" + more);
        }
    }

    String line(Instant now) {
        int percent = (int) ((long) Math.min(done, total) * 100 / total);
        int filled = percent * WIDTH / 100;
        Duration used = Duration.between(started, now);
        StringBuilder s = new StringBuilder(what).append(" [")
                .append("█".repeat(filled)).append("░".repeat(WIDTH - filled)).append("] ")
                .append(percent).append("%  ").append(Math.min(done, total)).append('/').append(total).append(' ').append(unit)
                .append("，已用 ").append(words(used));
        if (done > 0 && done < total) {
            Duration left = used.multipliedBy(total - done).dividedBy(done);
            s.append("，约剩 ").append(words(left));
        }
        return s.toString();
    }

    /** 7 秒, 1 分 05 秒, 1 小时 02 分. */
    static String words(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " 秒";
        }
        if (seconds < 3600) {
            return seconds / 60 + " 分 " + String.format("%02d", seconds % 60) + " 秒";
        }
        return seconds / 3600 + " 小时 " + String.format("%02d", seconds % 3600 / 60) + " 分";
    }
}
