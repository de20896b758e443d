package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.CellRef;
import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.load.Received;
import io.hqd.ingest.load.Status;
import io.hqd.ingest.load.SubmissionStore;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;

/** The bench's figure of the values an ingest keeps: counted from a real warehouse, and repeated into earlier years. */
class HistoryFootprintTest {
    @TempDir Path root;

    @Test
    void countsTheValuesInForceAndRepeatsThemUpToTheQuartersAsked() {
        FixtureWarehouse fixture = new FixtureWarehouse(root);
        try {
            List<ReadCell> values = List.of(new ReadCell("discharges", new CellRef("填报表", "E5"), "100", new BigDecimal("100"), null),
                    new ReadCell("drg_cases", new CellRef("填报表", "E6"), "90", new BigDecimal("90"), null));
            for (String period : List.of("2026Q1", "2026Q2")) {
                String sha = "s" + period;
                Received r = new Received(Path.of("a.xlsx"), "a.xlsx", sha, 10, LocalDateTime.of(2026, 7, 1, 9, 0), null, null);
                LoadedSubmission s = new LoadedSubmission(sha, ReporterType.HOSPITAL, "H51040001", period, Status.ACCEPTED,
                        false, false, "v1", values, List.of());
                new SubmissionStore(fixture.dsl).store(r, "R1", values, new FileOutcome(r, false, List.of(s), List.of(), List.of()));
            }
        } finally {
            fixture.close();
        }

        assertThat(HistoryFootprint.of(fixture.home, 0).values()).isEqualTo(4);
        assertThat(HistoryFootprint.of(fixture.home, 2).values()).isEqualTo(4);
        assertThat(HistoryFootprint.of(fixture.home, 3).values()).as("two periods held: twice, to reach three quarters").isEqualTo(8);
        assertThat(HistoryFootprint.of(fixture.home, 40).values()).isEqualTo(80);
    }
}
