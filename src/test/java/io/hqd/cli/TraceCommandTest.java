package io.hqd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.home.HqdHome;
import io.hqd.report.ReportFixture;
import io.hqd.jobs.Pipeline;

/** {@code hqd trace} takes indicator and entity codes in any case, and refuses an unknown one with the listing hint. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceCommandTest {
    @TempDir
    static Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = HqdCommand.commandLine().execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    void aWarehouseWithLineage() throws Exception {
        assertThat(run("init", "--home", dir.toString()).code()).isZero();
        HqdHome h = new HqdHome(dir);
        ReportFixture fixture = new ReportFixture(h, false);
        try (Pipeline p = Pipeline.open(h)) {
            fixture.load(p.bean(DSLContext.class));
        }
    }

    @Test
    void codesMatchWhateverTheirCase() {
        Outcome lower = run("trace", "--home", dir.toString(), "--period", "2026Q3", "--entity", "H51180011", "--indicator", "cmi");
        Outcome upper = run("trace", "--home", dir.toString(), "--period", "2026Q3", "--entity", "h51180011", "--indicator", "CMI");
        assertThat(lower.code()).as(lower.err()).isZero();
        assertThat(lower.out()).contains("H51180011", "数值", "drg_weight_total");
        assertThat(upper.code()).as(upper.err()).isZero();
        assertThat(upper.out()).isEqualTo(lower.out());
    }

    @Test
    void anUnknownIndicatorIsAUsageErrorThatSaysWhereTheCodesAre() {
        Outcome o = run("trace", "--home", dir.toString(), "--period", "2026Q3", "--entity", "H51180011", "--indicator", "CMX");
        assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(o.out() + o.err()).contains("CMX", "hqd catalog list indicators");
    }
}
