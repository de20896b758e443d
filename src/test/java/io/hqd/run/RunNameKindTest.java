package io.hqd.run;

import static io.hqd.warehouse.schema.ops.Tables.RUN_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.warehouse.Warehouse;

/**
 * How a run is named by the way it came about, on a real warehouse: the day's routine run (CLI, schedule) is 例行,
 * a run started in the browser for a period this home never ran is 按需, and only a period already run (or already
 * asked for) makes a browser run a 重新运行, as {@code --rerun} does on the command line.
 */
class RunNameKindTest {
    @TempDir
    Path dir;

    @Test
    void aBrowserRunOfANewPeriodIsOnDemandAndOfAPeriodRunBeforeARerun() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 29, 10, 15, 0);
        try (Warehouse w = Warehouse.open(dir.resolve("warehouse.duckdb"))) {
            DSLContext dsl = w.dsl();
            String first = RunName.requestedKey(dsl, "2026Q3", at);
            assertThat(first).isEqualTo("A20261129T101500");
            RunName onDemand = RunName.of(dsl, first, "2026Q3");
            assertThat(onDemand.kind()).isEqualTo("按需");
            assertThat(onDemand.label()).isEqualTo("运行 #1（2026Q3，按需）");

            // The same period again from the browser: a rerun. Another period, never run: on demand again.
            String again = RunName.requestedKey(dsl, "2026Q3", at.plusMinutes(5));
            assertThat(again).isEqualTo("R20261129T102000");
            assertThat(RunName.of(dsl, again, "2026Q3").label()).isEqualTo("运行 #2（2026Q3，重新运行）");
            assertThat(RunName.requestedKey(dsl, "2026Q2", at.plusMinutes(6))).startsWith("A");

            // A period only asked for (queued, not yet started) already counts as run.
            dsl.insertInto(RUN_REQUEST).set(RUN_REQUEST.RUN_NAME, "A20261129T103000").set(RUN_REQUEST.JOB, "reportJob")
                    .set(RUN_REQUEST.PERIOD_CODE, "2026Q1").set(RUN_REQUEST.SCOPE, "all")
                    .set(RUN_REQUEST.REQUESTED_BY, "tongji").set(RUN_REQUEST.REQUESTED_AT, at).execute();
            assertThat(RunName.requestedKey(dsl, "2026Q1", at.plusMinutes(7))).startsWith("R");
        }
    }

    @Test
    void theKeysTheCommandLineAndTheScheduleUseReadAsRoutineAndRerun() {
        assertThat(RunName.routineKey(LocalDate.of(2026, 11, 29))).isEqualTo("N20261129");
        assertThat(new RunName(RunName.routineKey(LocalDate.of(2026, 11, 29)), 6, "2026Q3").label()).isEqualTo("运行 #6（2026Q3，例行）");
        assertThat(new RunName(RunName.rerunKey(LocalDateTime.of(2026, 11, 29, 23, 59, 59)), 7, "2026Q3").kind()).isEqualTo("重新运行");
        assertThat(new RunName("A2026112", 8, null).kind()).as("not a full on-demand key").isEmpty();
    }
}
