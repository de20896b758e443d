package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.read.ReadCell;
import io.hqd.warehouse.DataTests;

/**
 * raw.cell_value and staged.submission_value carry no key index (migration V93): the store itself keeps one row
 * per cell of a file and one value per element of a submission, and the warehouse's data tests check both. A real
 * DuckDB file throughout.
 */
class OneValuePerCellTest {
    @TempDir Path root;
    FixtureWarehouse fixture;
    DSLContext dsl;

    @BeforeEach
    void open() {
        fixture = new FixtureWarehouse(root);
        dsl = fixture.dsl;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static ReadCell cell(String element, String at, String value) {
        return FixtureWarehouse.value(element, at, value);
    }

    private List<LoadedSubmission> store(String sha, List<ReadCell> cells, List<ReadCell> values) {
        return fixture.storeAccepted(sha, "H51040001", "2026Q2", cells, values);
    }

    @Test
    void aCellReadTwiceIsStoredOnce() {
        List<ReadCell> cells = List.of(cell("discharges", "E5", "100"), cell("discharges", "E5", "100"), cell("drg_cases", "E6", "90"));
        store("s1", cells, List.of(cells.get(0), cells.get(2)));

        assertThat(dsl.fetchCount(CELL_VALUE, CELL_VALUE.SHA256.eq("s1"))).isEqualTo(2);
        assertThat(dsl.fetchCount(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq("s1"))).isEqualTo(2);
        assertThat(DataTests.run(dsl).failures()).isEmpty();
    }

    @Test
    void aSubmissionWithTwoValuesOfOneElementIsRefusedAndNothingOfItsFileIsWritten() {
        List<ReadCell> cells = List.of(cell("discharges", "E5", "100"), cell("discharges", "E9", "120"));

        assertThatThrownBy(() -> store("s2", cells, cells))
                .hasMessageContaining("同一份报送中指标 discharges 有两个数值（第二个在 填报表!E9）");

        assertThat(dsl.fetchCount(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq("s2"))).isZero();
        assertThat(dsl.fetchCount(CELL_VALUE, CELL_VALUE.SHA256.eq("s2"))).isZero();
        assertThat(dsl.fetchCount(SUBMISSION, SUBMISSION.SUBMISSION_ID.eq("s2"))).isZero();
        assertThat(dsl.fetchCount(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq("s2"))).isZero();
    }

    @Test
    void theDataTestsFindACellOrAValueStoredTwice() {
        store("s3", List.of(cell("discharges", "E5", "100")), List.of(cell("discharges", "E5", "100")));
        dsl.insertInto(CELL_VALUE).set(CELL_VALUE.SHA256, "s3").set(CELL_VALUE.SHEET, "填报表").set(CELL_VALUE.CELL, "E5")
                .set(CELL_VALUE.ELEMENT_CODE, "discharges").set(CELL_VALUE.RAW_TEXT, "100").execute();
        assertThat(DataTests.run(dsl).failures()).singleElement().asString().contains("cell_value_one_row_per_cell.sql，1 行不符合");

        dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, "s3").set(SUBMISSION_VALUE.ELEMENT_CODE, "discharges")
                .set(SUBMISSION_VALUE.VALUE, 100.0).set(SUBMISSION_VALUE.SHEET, "填报表").set(SUBMISSION_VALUE.CELL, "E5").execute();
        assertThat(DataTests.run(dsl).failures()).anySatisfy(f -> assertThat(f).contains("submission_value_one_row_per_element.sql，1 行不符合"));
    }
}
