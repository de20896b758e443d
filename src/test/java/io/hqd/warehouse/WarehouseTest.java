package io.hqd.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL_ATTRIBUTE;
import static org.assertj.core.api.Assertions.assertThat;

class WarehouseTest {
    @TempDir
    Path dir;

    @Test
    void migrationsCreateEveryLayerAndReopeningKeepsTheData() {
        Path file = dir.resolve("warehouse.duckdb");
        try (Warehouse w = Warehouse.open(file)) {
            assertThat(w.dsl().meta().getSchemas().stream().map(s -> s.getName()))
                    .contains("raw", "staged", "marts", "ops");
            w.dsl().insertInto(HOSPITAL_ATTRIBUTE).set(HOSPITAL_ATTRIBUTE.HOSPITAL_CODE, "H1")
                    .set(HOSPITAL_ATTRIBUTE.VALID_FROM, LocalDate.of(2020, 1, 1)).set(HOSPITAL_ATTRIBUTE.TIER, "二级")
                    .set(HOSPITAL_ATTRIBUTE.GRADE, "甲").set(HOSPITAL_ATTRIBUTE.TYPE, "综合")
                    .set(HOSPITAL_ATTRIBUTE.OWNERSHIP, "公立").set(HOSPITAL_ATTRIBUTE.ADMIN_LEVEL, "县").execute();
            assertThat(w.dsl().fetchCount(EVALUATION)).isZero();
        }
        try (Warehouse again = Warehouse.open(file)) {
            assertThat(again.dsl().fetchCount(HOSPITAL_ATTRIBUTE)).isEqualTo(1);
        }
    }

    @Test
    void quartersKnowTheirDatesNeighboursAndYearToDate() {
        Periods q = Periods.parse("2026Q1");
        assertThat(q.label()).isEqualTo("2026年第一季度");
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.previous()).isEqualTo(Periods.parse("2025Q4"));
        assertThat(Periods.parse("2025Q3").yearToDate()).extracting(Periods::code).containsExactly("2025Q1", "2025Q2", "2025Q3");
        assertThat(Periods.latestComplete(LocalDate.of(2026, 11, 23))).isEqualTo(Periods.parse("2026Q3"));
        assertThat(Periods.latestComplete(LocalDate.of(2026, 1, 1))).isEqualTo(Periods.parse("2025Q4"));
    }
}
