package io.hqd.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.cli.HqdCommand;
import io.hqd.home.HqdHome;
import io.hqd.report.ReportFixture;
import io.hqd.warehouse.Warehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a real warehouse (雅安 hospitals, submissions with lineage, indicator values, evaluations) with
 * {@code hqd export --lake} and reads the lake back with DuckDB's read_parquet(…, hive_partitioning = true),
 * comparing it row for row with the warehouse tables it came from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LakeExportTest {
    @TempDir
    static Path dir;
    HqdHome home;
    Path lake;

    @BeforeAll
    void export() throws Exception {
        home = new HqdHome(dir.resolve("home")).ensureLayout();
        ReportFixture fixture = new ReportFixture(home, true);
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            fixture.load(w.dsl());
        }
        lake = dir.resolve("lake");
        assertThat(HqdCommand.execute("export", "--home", home.root().toString(), "--lake", lake.toString())).isZero();
    }

    private static String scan(Path lake, String table) {
        return "read_parquet('" + lake.resolve(table) + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)";
    }

    private static <T> T one(DSLContext dsl, String sql, Class<T> type) {
        return dsl.fetchOne(sql).get(0, type);
    }

    /** Rows in one side and not the other, both ways, duplicates counted. */
    private static long difference(DSLContext dsl, String columns, String warehouse, String lakeScan) {
        return one(dsl, "SELECT count(*) FROM ((SELECT " + columns + " FROM " + warehouse + " EXCEPT ALL SELECT "
                + columns + " FROM " + lakeScan + ") UNION ALL (SELECT " + columns + " FROM " + lakeScan
                + " EXCEPT ALL SELECT " + columns + " FROM " + warehouse + "))", Long.class);
    }

    @Test
    void martsAndStagedValuesReadBackEqualTheWarehouse() {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            DSLContext dsl = w.dsl();
            String evaluation = "period_code, target_code, entity_type, entity_code, entity_name, numerator, denominator, value, "
                    + "target_value, path_value, status, provisional, evidence, run_id";
            assertThat(one(dsl, "SELECT count(*) FROM marts.evaluation", Long.class)).isGreaterThan(10);
            assertThat(difference(dsl, evaluation, "marts.evaluation", scan(lake, "evaluation"))).isZero();
            String indicator = "period_code, entity_type, entity_code, indicator, numerator, denominator, value, reporting, expected, provisional, run_id";
            assertThat(one(dsl, "SELECT count(*) FROM marts.indicator_value", Long.class)).isGreaterThan(10);
            assertThat(difference(dsl, indicator, "marts.indicator_value", scan(lake, "indicator_value"))).isZero();
            String values = "submission_id, reporter_code, period_code, element_code, value, sheet, cell, original_name";
            String staged = "(SELECT s.submission_id, s.reporter_code, s.period_code, v.element_code, v.value, v.sheet, v.cell, "
                    + "s.original_name FROM staged.submission s JOIN staged.submission_value v USING (submission_id))";
            assertThat(one(dsl, "SELECT count(*) FROM " + staged, Long.class)).isGreaterThan(100);
            assertThat(difference(dsl, values, staged, scan(lake, "staged_value"))).isZero();
            assertThat(difference(dsl, "code, name, level, parent_code", "staged.region", scan(lake, "region"))).isZero();
        }
    }

    @Test
    void rowsLieUnderTheirPeriodAndTheRegionOfTheirEntity() {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            DSLContext dsl = w.dsl();
            String hospital = one(dsl, "SELECT DISTINCT filename FROM " + scan(lake, "evaluation").replace(")", ", filename = true)")
                    + " WHERE entity_code = 'H51180011' AND period_code = '2026Q3'", String.class);
            assertThat(hospital).contains("/evaluation/period_code=2026Q3/region_code=511802/");
            String city = one(dsl, "SELECT DISTINCT filename FROM " + scan(lake, "indicator_value").replace(")", ", filename = true)")
                    + " WHERE entity_type = 'city' AND period_code = '2025Q1'", String.class);
            assertThat(city).contains("/indicator_value/period_code=2025Q1/region_code=511800/");
            assertThat(lake.resolve("staged_value/period_code=2026Q3/region_code=511803")).isDirectory();
        }
    }

    @Test
    void anotherEngineReadsTheLakeWithoutTheWarehouse() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT region_code, count(*) FROM read_parquet('" + lake.resolve("evaluation")
                     + "/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false) GROUP BY region_code ORDER BY 1")) {
            assertThat(r.getMetaData().getColumnType(1)).isEqualTo(java.sql.Types.VARCHAR);
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("511800");
        }
    }

    @Test
    void schemaDescriptionListsEveryTableWithItsColumnsAndRowCount() throws Exception {
        JsonNode schema = JsonMapper.builder().build().readTree(lake.resolve(LakeExport.SCHEMA_FILE).toFile());
        assertThat(schema.get("partitioning").asString()).isEqualTo("hive");
        List<String> names = schema.get("tables").valueStream().map(t -> t.get("name").asString()).toList();
        assertThat(names).containsExactlyElementsOf(LakeExport.TABLES.stream().map(LakeExport.LakeTable::name).toList());
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            JsonNode evaluation = schema.get("tables").valueStream().filter(t -> t.get("name").asString().equals("evaluation")).findFirst().orElseThrow();
            assertThat(evaluation.get("rows").asLong()).isEqualTo(one(w.dsl(), "SELECT count(*) FROM marts.evaluation", Long.class));
            assertThat(evaluation.get("partition_by").valueStream().map(JsonNode::asString).toList()).containsExactly("period_code", "region_code");
            assertThat(evaluation.get("columns").valueStream().filter(c -> c.get("name").asString().equals("value"))
                    .map(c -> c.get("type").asString()).toList()).containsExactly("DOUBLE");
        }
    }

    @Test
    void refusesAFolderThatIsNotALakeAndReplacesAPreviousLake() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "keep");
        assertThat(HqdCommand.execute("export", "--home", home.root().toString(), "--lake", other.toString())).isEqualTo(2);
        assertThat(other.resolve("notes.txt")).hasContent("keep");
        assertThat(other.resolve(LakeExport.SCHEMA_FILE)).doesNotExist();

        Path again = dir.resolve("again");
        assertThat(HqdCommand.execute("export", "--home", home.root().toString(), "--lake", again.toString())).isZero();
        Files.writeString(again.resolve("evaluation/stale.parquet"), "old");
        assertThat(HqdCommand.execute("export", "--home", home.root().toString(), "--lake", again.toString())).isZero();
        assertThat(again.resolve("evaluation/stale.parquet")).doesNotExist();
        assertThat(again.resolve(LakeExport.SCHEMA_FILE)).isRegularFile();
    }
}
