package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
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

/** The bench's measure of what a load must do besides reading: it appends every lineage row and leaves nothing behind. */
class RequiredWorkTest {
    @TempDir Path root;

    @Test
    void appendsEveryLineageRowOfTheLoadedWarehouseAndLeavesItsScratchEmpty() throws Exception {
        FixtureWarehouse fixture = new FixtureWarehouse(root);
        try {
            List<ReadCell> values = List.of(new ReadCell("discharges", new CellRef("填报表", "E5"), "100", new BigDecimal("100"), null),
                    new ReadCell("drg_cases", new CellRef("填报表", "E6"), "90", new BigDecimal("90"), null));
            Received r = new Received(Path.of("a.xlsx"), "a.xlsx", "s1", 10, LocalDateTime.of(2026, 7, 1, 9, 0), null, null);
            LoadedSubmission s = new LoadedSubmission("s1", ReporterType.HOSPITAL, "H51040001", "2026Q2", Status.ACCEPTED,
                    false, false, "v1", values, List.of());
            new SubmissionStore(fixture.dsl).store(r, "R1", values, new FileOutcome(r, false, List.of(s), List.of(), List.of()));
        } finally {
            fixture.close();
        }
        Path receipt = Files.createDirectories(fixture.home.receipts().resolve("2026Q2/H51040001")).resolve("a_回执.json");
        Files.writeString(receipt, "{}");
        Path file = Files.write(root.resolve("a.xlsx"), new byte[] {1, 2, 3});
        Path scratch = Files.createDirectories(root.resolve("scratch"));

        RequiredWork.Costs costs = RequiredWork.measure(List.of(file), fixture.home, scratch);

        assertThat(costs.rows()).isEqualTo(4); // two raw cells, two staged values
        assertThat(costs.total()).isEqualTo(costs.hashing() + costs.archiving() + costs.receiptFiles() + costs.appending());
        assertThat(scratch.resolve("required-work")).doesNotExist();
        assertThat(receipt).exists();
    }
}
