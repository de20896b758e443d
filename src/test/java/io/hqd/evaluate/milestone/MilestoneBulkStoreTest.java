package io.hqd.evaluate.milestone;

import static io.hqd.warehouse.schema.marts.Tables.MILESTONE_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.evaluate.EntityType;
import io.hqd.warehouse.BulkAppender;
import io.hqd.warehouse.Warehouse;

/**
 * A province's milestone statuses (more rows than the appender's 2,048-row chunk, where DuckDB's appender misjudged
 * the table's CHECKs) are stored in bulk, and the table's CHECKs still reject a row they should.
 */
class MilestoneBulkStoreTest {
    @TempDir
    Path dir;

    static Object[] row(int i, String status) {
        return new Object[] {"run", "2026Q3", "T-" + (i % 300), i % 7 == 0 ? EntityType.county : EntityType.hospital,
                "H" + i, "医院", "交付物", "确定", LocalDate.of(2026, 6, 30), i % 2 == 0 ? "done" : null, null, null, null,
                status, i % 11, "说明", i % 3 == 0 ? "2026Q2" : null};
    }

    @Test
    void fifteenThousandStatusesAreStoredAndABadStatusIsStillRejected() {
        try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
            var dsl = w.dsl();
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < 14_901; i++) {
                ids.add(i);
            }
            String[] statuses = {"overdue", "no_data", "on_schedule", "done", "closed"};
            dsl.transaction(tx -> {
                tx.dsl().deleteFrom(MILESTONE_STATUS).execute();
                BulkAppender.appendStaged(tx.dsl(), MILESTONE_STATUS, ids, i -> row(i, statuses[i % 5]));
            });
            assertThat(dsl.fetchCount(MILESTONE_STATUS)).isEqualTo(14_901);
            assertThat(dsl.fetchCount(MILESTONE_STATUS, MILESTONE_STATUS.STATUS.eq("closed"))).isEqualTo(14_901 / 5);
            assertThat(dsl.fetchCount(MILESTONE_STATUS, MILESTONE_STATUS.ENTITY_TYPE.eq(EntityType.county))).isEqualTo(2_129);

            assertThatThrownBy(() -> dsl.transaction(tx -> {
                tx.dsl().deleteFrom(MILESTONE_STATUS).execute();
                BulkAppender.appendStaged(tx.dsl(), MILESTONE_STATUS, List.of(1, 2), i -> row(i, i == 2 ? "late" : "done"));
            })).hasMessageContaining("CHECK");
            assertThat(dsl.fetchCount(MILESTONE_STATUS)).isEqualTo(14_901);
        }
    }
}
