package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.FIGURE_BUREAU;
import static io.hqd.warehouse.schema.marts.Tables.FIGURE_REPORTER;
import static io.hqd.warehouse.schema.marts.Tables.REGION_HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/**
 * marts.figure_reporter as `hqd trace` and the workbooks read it, from what the computeIndicators step stores: a
 * hospital's figure adds up the hospital, a region's figure of a hospital-level indicator every hospital registered in
 * the region on the period's end (with or without values), a region-level figure the bureaus it was built from. A
 * run scoped to one county rewrites that county's rows and leaves the others' as they were; two rows of one figure, or
 * of one cell of its lineage, are refused before they are committed. Real DuckDB warehouse.
 */
class FigureReporterViewTest {
    static final Periods Q3 = Periods.parse("2026Q3");
    static final Indicator CP = Targets.ratio("cp_share", "cp", "dis", 100, Indicator.Direction.higher);
    static final Indicator NUM = Targets.element("cp", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final Indicator DEN = Targets.element("dis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final Indicator FUND = new Indicator("fund", Indicator.Kind.element, "fund", List.of(), "", Indicator.Level.region,
            null, null, 1, Indicator.Direction.higher, Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum, 2, "", "",
            null, null, false, "");

    @TempDir
    Path dir;
    Warehouse warehouse;
    DSLContext dsl;
    Catalog catalog;

    @BeforeEach
    void setUp() {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        dsl = warehouse.dsl();
        List<Region> regions = List.of(new Region("510000", "四川省", Region.Level.province, null),
                new Region("511800", "雅安市", Region.Level.city, "510000"),
                new Region("511826", "芦山县", Region.Level.county, "511800"),
                new Region("511802", "雨城区", Region.Level.county, "511800"),
                new Region("511803", "名山区", Region.Level.county, "511800"));
        Target fundTarget = Targets.target("F-1", "fund", Target.Kind.total, Targets.scope("511800", null),
                Target.EvaluateAt.city, null, null, ">=", 1.0, null, null, null, null, 2027);
        catalog = new Catalog(regions, List.of(), List.of(CP, NUM, DEN, FUND),
                List.of(new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt")), List.of(fundTarget));
        new ReferenceLoader(dsl).load(catalog, List.of(hospital("H1", "511826"), hospital("H2", "511826"),
                hospital("H3", "511802"), hospital("H4", "511803")), LocalDate.of(2026, 11, 29), 30);
        submit("s1", "hospital", "H1", "cp", 40, "dis", 100);
        submit("s2", "hospital", "H2", "cp", 10, "dis", 50);
        submit("s3", "hospital", "H3", "cp", 5, "dis", 20);   // 雨城区's one hospital; 名山区's H4 sends nothing
        submit("b1", "region", "511826", "fund", 7, null, 0);
        submit("b2", "region", "511802", "fund", 3, null, 0);   // 雅安 and 名山 report no fund: the city adds its counties
    }

    @AfterEach
    void tearDown() {
        warehouse.close();
    }

    @Test
    void eachFigureListsTheReportersItAddsUp() {
        refresh(null, "R1");
        assertThat(reporters("H1", "cp_share")).containsExactly("H1");
        assertThat(reporters("H4", "cp_share")).as("a hospital with no values has no figure").isEmpty();
        assertThat(reporters("511802", "cp_share")).as("a county with one hospital").containsExactly("H3");
        assertThat(reporters("511826", "cp_share")).containsExactly("H1", "H2");
        assertThat(reporters("511800", "cp_share")).as("every registered hospital, H4 without values too")
                .containsExactly("H1", "H2", "H3", "H4");
        assertThat(reporters("510000", "cp_share")).containsExactly("H1", "H2", "H3", "H4");
        assertThat(reporters("511803", "cp_share")).as("no hospital reported: no figure").isEmpty();
        // region-level: a bureau that reported is its own reporter; the city adds up its counties, none of its hospitals
        assertThat(reporters("511826", "fund")).containsExactly("511826");
        assertThat(reporters("511800", "fund")).containsExactly("511802", "511803", "511826");
        assertThat(reporters("H1", "fund")).isEmpty();
        // stored: one row per region and hospital, and the bureaus of region-level figures only
        assertThat(dsl.fetchCount(REGION_HOSPITAL)).isEqualTo(2 + 1 + 1 + 4 + 4);
        assertThat(dsl.fetchCount(FIGURE_BUREAU, FIGURE_BUREAU.INDICATOR.ne("fund"))).isZero();
        assertThat(runs()).containsOnly("R1");
    }

    @Test
    void aRunScopedToOneCountyRewritesItsRowsAndLeavesTheOthers() {
        refresh(null, "R1");
        int before = dsl.fetchCount(FIGURE_REPORTER);
        submit("s4", "hospital", "H1", "cp", 41, "dis", 100);   // a correction in 芦山县
        dsl.update(SUBMISSION).set(SUBMISSION.SUPERSEDED_BY, "s4").where(SUBMISSION.SUBMISSION_ID.eq("s1")).execute();
        refresh("511826", "R2");
        assertThat(dsl.fetchCount(FIGURE_REPORTER)).isEqualTo(before);
        assertThat(dsl.selectDistinct(FIGURE_REPORTER.ENTITY_CODE).from(FIGURE_REPORTER)
                .where(FIGURE_REPORTER.RUN_ID.eq("R2")).fetch(FIGURE_REPORTER.ENTITY_CODE))
                .containsExactlyInAnyOrder("H1", "H2", "511826");
        assertThat(reporters("511802", "cp_share")).containsExactly("H3");
        assertThat(reporters("511800", "cp_share")).containsExactly("H1", "H2", "H3", "H4");
        assertThat(reporters("511800", "fund")).containsExactly("511802", "511803", "511826");
        assertThat(dsl.fetchCount(REGION_HOSPITAL)).isEqualTo(12);
    }

    @Test
    void aDuplicateFigureOrLineageRowIsRefusedBeforeItIsCommitted() {
        refresh(null, "R1");
        EvaluationStore store = new EvaluationStore(dsl);
        FigureRows.Value v = new FigureRows.Value("R2", Q3.code(), EntityType.hospital, "H1", "cp_share", 41.0, 100.0, 41.0,
                1, 1, false, 1, 1, "");
        assertThatThrownBy(() -> dsl.transaction(cfg -> new EvaluationStore(cfg.dsl())
                .replaceIndicatorValues(Q3, Set.of("H1"), List.of(v, v))))
                .hasMessageContaining("indicator_value").hasMessageContaining("2026Q3 有重复的行");
        FigureRows.Lineage l = new FigureRows.Lineage("R2", Q3.code(), "H1", "cp_share", "numerator", "cp", "2026Q3", 41.0,
                "s1", "s1.xlsx", "填报表", "E12", false);
        assertThatThrownBy(() -> dsl.transaction(cfg -> new EvaluationStore(cfg.dsl())
                .replaceLineage(Q3, Set.of("H1"), List.of(l, l))))
                .hasMessageContaining("indicator_lineage");
        assertThat(runs()).as("rolled back: the first run's rows stand").containsOnly("R1");
        // the same figure in another period, or one row per key, is no duplicate
        Periods q2 = Periods.parse("2026Q2");
        store.replaceIndicatorValues(q2, Set.of("H1"), List.of(new FigureRows.Value("R2", q2.code(), EntityType.hospital, "H1",
                "cp_share", 41.0, 100.0, 41.0, 1, 1, false, 1, 1, "")));
        store.replaceIndicatorValues(Q3, Set.of("H1"), List.of(v));
        store.replaceLineage(Q3, Set.of("H1"), List.of(l));
        assertThat(reporters("H1", "cp_share")).containsExactly("H1");
    }

    private void refresh(String scope, String run) {
        new FigureRefresh(dsl, catalog, Clock.systemUTC(), line -> { }).run(Q3, scope, run);
    }

    private List<String> reporters(String entity, String indicator) {
        return dsl.select(FIGURE_REPORTER.REPORTER_CODE).from(FIGURE_REPORTER)
                .where(FIGURE_REPORTER.PERIOD_CODE.eq(Q3.code()), FIGURE_REPORTER.ENTITY_CODE.eq(entity),
                        FIGURE_REPORTER.INDICATOR.eq(indicator))
                .orderBy(FIGURE_REPORTER.REPORTER_CODE).fetch(FIGURE_REPORTER.REPORTER_CODE);
    }

    private List<String> runs() {
        return dsl.selectDistinct(FIGURE_REPORTER.RUN_ID).from(FIGURE_REPORTER).fetch(FIGURE_REPORTER.RUN_ID);
    }

    private static HospitalVersion hospital(String code, String region) {
        return new HospitalVersion(code, code, region, LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县");
    }

    private void submit(String id, String type, String reporter, String e1, double v1, String e2, double v2) {
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, id).set(SUBMISSION.REPORTER_TYPE, type)
                .set(SUBMISSION.REPORTER_CODE, reporter).set(SUBMISSION.PERIOD_CODE, Q3.code())
                .set(SUBMISSION.ORIGINAL_NAME, id + ".xlsx").set(SUBMISSION.RECEIVED_AT, LocalDateTime.of(2026, 10, 8, 9, 0))
                .set(SUBMISSION.STATUS, "accepted").set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false).execute();
        dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, id).set(SUBMISSION_VALUE.ELEMENT_CODE, e1)
                .set(SUBMISSION_VALUE.VALUE, v1).set(SUBMISSION_VALUE.SHEET, "填报表").set(SUBMISSION_VALUE.CELL, "E12").execute();
        if (e2 != null) {
            dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, id).set(SUBMISSION_VALUE.ELEMENT_CODE, e2)
                    .set(SUBMISSION_VALUE.VALUE, v2).set(SUBMISSION_VALUE.SHEET, "填报表").set(SUBMISSION_VALUE.CELL, "E5").execute();
        }
    }
}
