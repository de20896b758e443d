package io.hqd.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-29T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return ZoneId.of("Asia/Shanghai"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    final HandClock clock = new HandClock();
    final List<String> lines = new ArrayList<>();

    Progress progress(int total) {
        return new Progress("接收文件", "个文件", total, clock, lines::add);
    }

    @Test
    void aLineAtEveryTenthOfTheWorkWithABarTimeUsedAndTimeLeft() {
        Progress p = progress(20);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(3));
            p.step();
        }
        p.finish();
        // 2 of 20 is the first tenth; 20 of 20 is the closing line only
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).isEqualTo("接收文件 [██░░░░░░░░░░░░░░░░░░] 10%  2/20 个文件，已用 6 秒，约剩 54 秒");
        assertThat(lines.get(8)).isEqualTo("接收文件 [██████████████████░░] 90%  18/20 个文件，已用 54 秒，约剩 6 秒");
        assertThat(lines.get(9)).isEqualTo("接收文件 [████████████████████] 100%  20/20 个文件，已用 1 分 00 秒");
    }

    @Test
    void aFastRunPrintsNoMoreThanALineEveryTwoSecondsAndAlwaysTheLast() {
        Progress p = progress(1000);
        for (int i = 0; i < 1000; i++) {
            clock.advance(Duration.ofMillis(1));   // one second in all
            p.step();
        }
        p.finish();
        assertThat(lines).containsExactly("接收文件 [████████████████████] 100%  1000/1000 个文件，已用 1 秒");
    }

    @Test
    void aSlowRunIsNeverSilentForMoreThanThirtySeconds() {
        Progress p = progress(1000);
        clock.advance(Duration.ofSeconds(29));
        p.step();
        assertThat(lines).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        p.step();   // 2 of 1000, 30 s quiet
        assertThat(lines).containsExactly("接收文件 [░░░░░░░░░░░░░░░░░░░░] 0%  2/1000 个文件，已用 30 秒，约剩 4 小时 09 分");
    }

    @Test
    void nothingToDoPrintsNothing() {
        Progress p = progress(0);
        p.step();
        p.finish();
        assertThat(lines).isEmpty();
    }

    @Test
    void durationsInWordsAtTheirEdges() {
        assertThat(Progress.words(Duration.ofSeconds(59))).isEqualTo("59 秒");
        assertThat(Progress.words(Duration.ofSeconds(60))).isEqualTo("1 分 00 秒");
        assertThat(Progress.words(Duration.ofSeconds(3599))).isEqualTo("59 分 59 秒");
        assertThat(Progress.words(Duration.ofSeconds(3600))).isEqualTo("1 小时 00 分");
        assertThat(Progress.words(Duration.ofMillis(-5))).isEqualTo("0 秒");
    }
}
