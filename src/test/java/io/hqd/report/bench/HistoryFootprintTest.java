package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.read.ReadCell;

/** The bench's figure of the values an ingest keeps: counted from a real warehouse, and repeated into earlier years. */
class HistoryFootprintTest {
    @TempDir Path root;

    @Test
    void countsTheValuesInForceAndRepeatsThemUpToTheQuartersAsked() {
        FixtureWarehouse fixture = new FixtureWarehouse(root);
        try {
            List<ReadCell> values = List.of(FixtureWarehouse.value("discharges", "E5", "100"),
                    FixtureWarehouse.value("drg_cases", "E6", "90"));
            fixture.storeAccepted("s2026Q1", "H51040001", "2026Q1", values, values);
            fixture.storeAccepted("s2026Q2", "H51040001", "2026Q2", values, values);
        } finally {
            fixture.close();
        }

        List<HistoryFootprint.Footprint> f = HistoryFootprint.of(fixture.home, 0, 2, 3, 40);
        assertThat(f.get(0).values()).isEqualTo(4);
        assertThat(f.get(1).values()).isEqualTo(4);
        assertThat(f.get(2).values()).as("two periods held: twice, to reach three quarters").isEqualTo(8);
        assertThat(f.get(3).values()).isEqualTo(80);
    }
}
