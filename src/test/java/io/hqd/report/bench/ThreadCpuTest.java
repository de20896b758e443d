package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's thread-CPU reading, on real processes and the thread names a JVM and DuckDB really use. */
class ThreadCpuTest {
    @TempDir Path dir;

    @Test
    void threadsAreSortedByWhatTheyDo() {
        assertThat(ThreadCpu.kind("java")).isEqualTo("主线程（校验、入库）与 DuckDB");
        assertThat(ThreadCpu.kind("pool-2-thread-1")).isEqualTo("解析与回执线程");
        assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo("即时编译");
        assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo("即时编译");
        assertThat(ThreadCpu.kind("GC Thread#0")).isEqualTo("垃圾回收");
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo("垃圾回收");
        assertThat(ThreadCpu.kind("G1 Refine#0")).isEqualTo("垃圾回收");
        assertThat(ThreadCpu.kind("VM Thread")).isEqualTo("其他");
        assertThat(ThreadCpu.kind("bash")).isEqualTo("其他");
        assertThat(ThreadCpu.kind("javac")).as("only the exact name").isEqualTo("其他");
    }

    @Test
    void aChildsCpuIsCountedUnderItsKindWhileIdleKindsStayAtZero() throws Exception {
        // A busy shell loop of about a second, run as the bench runs hqd: under /usr/bin/time.
        ChildRun.Result r = ChildRun.run(dir, List.of("bash", "-c", "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done"));

        Map<String, Double> s = r.threadCpu();
        assertThat(s.keySet()).containsExactlyElementsOf(ThreadCpu.KINDS);
        assertThat(s.get("其他")).as("the loop's CPU, read while it ran").isGreaterThan(0.2)
                .isLessThanOrEqualTo(r.cpuSeconds() + 0.05);
        assertThat(s.get("解析与回执线程")).isZero();
        assertThat(s.get("即时编译")).isZero();
    }
}
