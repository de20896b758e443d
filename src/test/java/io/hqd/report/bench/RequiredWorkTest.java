package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.read.ReadCell;

/** The bench's measure of what a load must do besides reading: it appends every lineage row and leaves nothing behind. */
class RequiredWorkTest {
    @TempDir Path root;

    @Test
    void appendsEveryLineageRowOfTheLoadedWarehouseAndLeavesItsScratchEmpty() throws Exception {
        FixtureWarehouse fixture = new FixtureWarehouse(root);
        try {
            List<ReadCell> values = List.of(FixtureWarehouse.value("discharges", "E5", "100"),
                    FixtureWarehouse.value("drg_cases", "E6", "90"));
            fixture.storeAccepted("s1", "H51040001", "2026Q2", values, values);
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
