package io.hqd.evaluate;

import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Bulk loads of evaluations larger than one appender chunk (2048 rows) are committed, and replaced on rerun. */
class EvaluationStoreTest {
    @TempDir
    Path dir;

    @Test
    void manyThousandRowsSurviveTheCommitAndARerunReplacesThem() {
        Periods p = Periods.parse("2026Q3");
        List<EvaluationRow> rows = new ArrayList<>();
        Status[] statuses = Status.values();
        for (int i = 0; i < 5000; i++) {
            rows.add(new EvaluationRow(p.code(), "T-" + (i % 300), i % 2 == 0 ? EntityType.hospital : EntityType.county, "E" + i,
                    "医院" + i, i * 1.0, i == 0 ? null : 2.0 * i, 50.0, 60.0, null, statuses[i % statuses.length], i % 7 == 0,
                    "适用医院 " + i + " 家；数值为全部适用医院合计口径（分子之和/分母之和）"));
        }
        try (Warehouse w = Warehouse.open(dir.resolve("warehouse.duckdb"))) {
            w.dsl().transaction(c -> new EvaluationStore(c.dsl()).replaceEvaluations(p, null, rows, "R1"));
            assertThat(w.dsl().fetchCount(EVALUATION)).isEqualTo(5000);
            w.dsl().transaction(c -> new EvaluationStore(c.dsl()).replaceEvaluations(p, null, rows.subList(0, 3000), "R2"));
            assertThat(w.dsl().fetchCount(EVALUATION)).isEqualTo(3000);
            assertThat(w.dsl().fetchCount(EVALUATION, EVALUATION.RUN_ID.eq("R1"))).isZero();
        }
    }
}
