package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.MILESTONE_REPORT;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.evaluate.milestone.MilestoneMart;
import io.hqd.evaluate.milestone.MilestoneRow;
import io.hqd.evaluate.milestone.MilestoneState;
import io.hqd.evaluate.milestone.MilestoneStatus;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/**
 * What evaluation reads from and writes to a real DuckDB warehouse: the hospitals with the attributes they had on
 * a day, the values in force (a partly accepted correction keeps its earlier accepted cell, marked carried; a
 * rejected file counts for nothing), marts replaced only within a run's scope, and commitments' statuses.
 */
class WarehouseReadTest {
    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static DSLContext dsl;

    static final Indicator CP = Targets.ratio("cp_share", "cp", "dis", 100, Indicator.Direction.higher);
    static final Indicator NUM = Targets.element("cp", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final Indicator DEN = Targets.element("dis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final Target RELOCATION = new Target("YA2022-39", "YA2022", Target.MILESTONE_INDICATOR, Target.Kind.milestone,
            new Target.Scope(null, null, null, null, null, null, List.of("H2")), Target.EvaluateAt.hospital, null, null, null,
            null, null, null, LocalDate.of(2026, 6, 30), null, null, 2026, "确定", "二、", "院区搬迁", null, null);
    static Catalog catalog;

    @BeforeAll
    static void setUp() {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        dsl = warehouse.dsl();
        List<Region> regions = List.of(new Region("510000", "四川省", Region.Level.province, null),
                new Region("511800", "雅安市", Region.Level.city, "510000"),
                new Region("511826", "芦山县", Region.Level.county, "511800"));
        catalog = new Catalog(regions, List.of(), List.of(CP, NUM, DEN),
                List.of(new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt")), List.of(RELOCATION));
        List<HospitalVersion> hospitals = List.of(
                new HospitalVersion("H1", "芦山县人民医院", "511826", LocalDate.of(2018, 1, 1), LocalDate.of(2025, 1, 1), "二级", "甲", "综合", "公立", "县"),
                new HospitalVersion("H1", "芦山县人民医院", "511826", LocalDate.of(2025, 1, 1), null, "三级", "乙", "综合", "公立", "县"),
                new HospitalVersion("H2", "雅安市人民医院", "511800", LocalDate.of(2018, 1, 1), null, "三级", "甲", "综合", "公立", "市"),
                new HospitalVersion("H3", "新建医院", "511826", LocalDate.of(2026, 7, 1), null, "二级", "乙", "综合", "民营", "县"));
        new ReferenceLoader(dsl).load(catalog, hospitals, LocalDate.of(2026, 11, 29), 30);
        // H1 2026Q1: accepted, then a correction that delivered cp but failed dis (partial): dis carries from the first file
        submit("s1", "H1", "2026Q1", "accepted", LocalDateTime.of(2026, 4, 10, 9, 0), "一季度.xlsx", "cp", 40.0, "dis", 100.0);
        submit("s2", "H1", "2026Q1", "partial", LocalDateTime.of(2026, 4, 20, 9, 0), "一季度更正.xlsx", "cp", 45.0, null, 0);
        // H1 2026Q2: rejected only
        submit("s3", "H1", "2026Q2", "rejected", LocalDateTime.of(2026, 7, 10, 9, 0), "二季度.xlsx", "cp", 99.0, "dis", 100.0);
        // H2 2026Q1: a superseded file and its replacement
        submit("s4", "H2", "2026Q1", "accepted", LocalDateTime.of(2026, 4, 10, 9, 0), "旧.xlsx", "cp", 1.0, "dis", 10.0);
        submit("s5", "H2", "2026Q1", "accepted", LocalDateTime.of(2026, 4, 12, 9, 0), "新.xlsx", "cp", 7.0, "dis", 10.0);
        dsl.update(SUBMISSION).set(SUBMISSION.SUPERSEDED_BY, "s5").where(SUBMISSION.SUBMISSION_ID.eq("s4")).execute();
        dsl.update(SUBMISSION).set(SUBMISSION.SUPERSEDED_BY, "s2").where(SUBMISSION.SUBMISSION_ID.eq("s1")).execute();
        // H2 2026Q3: a file carrying only the relocation's progress
        submit("m1", "H2", "2026Q3", "accepted", LocalDateTime.of(2026, 10, 8, 9, 0), "三季度.xlsx", null, 0, null, 0);
        dsl.insertInto(MILESTONE_REPORT).set(MILESTONE_REPORT.SUBMISSION_ID, "m1").set(MILESTONE_REPORT.TARGET_CODE, "YA2022-39")
                .set(MILESTONE_REPORT.STATE, "in_progress").set(MILESTONE_REPORT.EVIDENCE, "主体完工")
                .set(MILESTONE_REPORT.SHEET, "进展").set(MILESTONE_REPORT.CELL, "D4").execute();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    static void submit(String id, String reporter, String period, String status, LocalDateTime at, String file,
                       String e1, double v1, String e2, double v2) {
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, id).set(SUBMISSION.REPORTER_TYPE, "hospital")
                .set(SUBMISSION.REPORTER_CODE, reporter).set(SUBMISSION.PERIOD_CODE, period)
                .set(SUBMISSION.ORIGINAL_NAME, file).set(SUBMISSION.RECEIVED_AT, at).set(SUBMISSION.STATUS, status)
                .set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false).execute();
        if (e1 != null) {
            dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, id).set(SUBMISSION_VALUE.ELEMENT_CODE, e1)
                    .set(SUBMISSION_VALUE.VALUE, v1).set(SUBMISSION_VALUE.SHEET, "填报表").set(SUBMISSION_VALUE.CELL, "E12").execute();
        }
        if (e2 != null) {
            dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, id).set(SUBMISSION_VALUE.ELEMENT_CODE, e2)
                    .set(SUBMISSION_VALUE.VALUE, v2).set(SUBMISSION_VALUE.SHEET, "填报表").set(SUBMISSION_VALUE.CELL, "E5").execute();
        }
    }

    @Test
    void hospitalsCarryTheAttributesTheyHadOnTheDay() {
        OrgUnits org = OrgUnits.load(dsl);
        assertThat(org.hospitalsOn(LocalDate.of(2024, 12, 31))).extracting(HospitalVersion::code, HospitalVersion::tier)
                .containsExactly(tuple("H1", "二级"), tuple("H2", "三级"));
        assertThat(org.hospitalsOn(LocalDate.of(2025, 1, 1))).extracting(HospitalVersion::tier).containsExactly("三级", "三级");
        assertThat(org.hospitalsOn(LocalDate.of(2026, 9, 30))).extracting(HospitalVersion::code).containsExactly("H1", "H2", "H3");
        HospitalVersion h3 = org.hospitalsOn(LocalDate.of(2026, 9, 30)).get(2);
        assertThat(h3).isEqualTo(new HospitalVersion("H3", "新建医院", "511826", LocalDate.of(2026, 7, 1), null, "二级", "乙",
                "综合", "民营", "县"));
        assertThat(org.hospitalName("H1")).isEqualTo("芦山县人民医院");
        assertThat(org.hospitalName("H9")).isEqualTo("H9");
        assertThat(org.region("511826")).isEqualTo(new Region("511826", "芦山县", Region.Level.county, "511800"));
        assertThat(org.name("511826")).isEqualTo("芦山县");
        assertThat(org.name("999999")).isEqualTo("999999");
        assertThat(org.within("511826", "510000")).isTrue();
        assertThat(org.within("511800", "511826")).isFalse();
        assertThat(org.ancestorAt("511826", Region.Level.city).code()).isEqualTo("511800");
        assertThat(org.ancestorAt("511800", Region.Level.county)).isNull();
        assertThat(org.regionsAt(Region.Level.county, null)).extracting(Region::code).containsExactly("511826");
        assertThat(org.regionsAt(Region.Level.city, "511826")).isEmpty();
        assertThat(org.children("511800")).extracting(Region::code).containsExactly("511826");
        assertThat(org.children("511826")).isEmpty();
        assertThat(org.regions()).hasSize(3);
    }

    @Test
    void theValuesInForceKeepAnEarlierAcceptedCellForAPartlyAcceptedCorrection() {
        ValueCube cube = ValueCube.load(dsl);
        Periods q1 = Periods.parse("2026Q1");
        ValueCube.Cell cp = cube.get("H1", q1, "cp");
        assertThat(cp).isEqualTo(new ValueCube.Cell(45.0, "s2", "一季度更正.xlsx", "填报表", "E12", false));
        ValueCube.Cell dis = cube.get("H1", q1, "dis");
        assertThat(dis).isEqualTo(new ValueCube.Cell(100.0, "s1", "一季度.xlsx", "填报表", "E5", true));
        assertThat(cube.submitted("H1", Periods.parse("2026Q2"))).as("a rejected file counts for nothing").isFalse();
        assertThat(cube.get("H2", q1, "cp").value()).isEqualTo(7.0);   // the replacement, not the superseded file
        assertThat(cube.periods()).containsExactly(q1);
    }

    @Test
    void aRunWithAScopeReplacesOnlyItsOwnEntitiesRows() {
        Periods q1 = Periods.parse("2026Q1");
        IndicatorValues values = new IndicatorValues(catalog, OrgUnits.load(dsl), ValueCube.load(dsl));
        IndicatorValues.Computed all = values.computeWithLineage(q1, "R1");
        EvaluationStore store = new EvaluationStore(dsl);
        store.replaceIndicatorValues(q1, null, all.values());
        store.replaceLineage(q1, null, all.lineage());
        int valuesBefore = dsl.fetchCount(INDICATOR_VALUE);
        int lineageBefore = dsl.fetchCount(INDICATOR_LINEAGE);
        assertThat(valuesBefore).isPositive();
        assertThat(dsl.fetchCount(INDICATOR_LINEAGE, INDICATOR_LINEAGE.CARRIED.isTrue())).isEqualTo(1);
        IndicatorValues.Computed again = values.computeWithLineage(q1, "R2");
        store.replaceIndicatorValues(q1, Set.of("H1"),
                again.values().stream().filter(r -> r.entityCode().equals("H1")).toList());
        store.replaceLineage(q1, Set.of("H1"),
                again.lineage().stream().filter(r -> r.reporterCode().equals("H1")).toList());
        assertThat(dsl.fetchCount(INDICATOR_VALUE)).isEqualTo(valuesBefore);
        assertThat(dsl.fetchCount(INDICATOR_LINEAGE)).isEqualTo(lineageBefore);
        assertThat(dsl.fetchCount(INDICATOR_VALUE, INDICATOR_VALUE.RUN_ID.eq("R2"))).isPositive()
                .isEqualTo(dsl.fetchCount(INDICATOR_VALUE, INDICATOR_VALUE.ENTITY_CODE.eq("H1")));
        assertThat(dsl.fetchCount(INDICATOR_VALUE, INDICATOR_VALUE.RUN_ID.eq("R1"), INDICATOR_VALUE.ENTITY_CODE.eq("H2"))).isPositive();
        assertThat(dsl.fetchCount(INDICATOR_LINEAGE, INDICATOR_LINEAGE.RUN_ID.eq("R2")))
                .isEqualTo(dsl.fetchCount(INDICATOR_LINEAGE, INDICATOR_LINEAGE.REPORTER_CODE.eq("H1")));
        // a figure missing a quarter names the hospital and the quarter, for the hospital and for its county
        IndicatorValues.Computed q2 = values.computeWithLineage(Periods.parse("2026Q2"), "R3");
        assertThat(q2.values()).filteredOn(r -> r.entityCode().equals("511826") && r.indicator().equals("cp_share"))
                .singleElement().satisfies(r -> {
                    assertThat(r.missingNote()).isEqualTo("缺 芦山县人民医院 2026Q2（已覆盖 1/2 个季度）");
                    assertThat(r.provisional()).isTrue();
                    assertThat(r.value()).isEqualTo(45.0);
                });
        // the figure itself: H1 2026Q1 = 45 / 100 from the correction's cp and the carried dis
        assertThat(dsl.select(INDICATOR_VALUE.VALUE).from(INDICATOR_VALUE).where(INDICATOR_VALUE.ENTITY_CODE.eq("H1"),
                INDICATOR_VALUE.INDICATOR.eq("cp_share")).fetchOne(INDICATOR_VALUE.VALUE)).isEqualTo(45.0);
    }

    @Test
    void eachFiguresLineageCellsAddUpToItsNumeratorAndDenominator() {
        IndicatorValues values = new IndicatorValues(catalog, OrgUnits.load(dsl), ValueCube.load(dsl));
        IndicatorValues.Computed q2 = values.computeWithLineage(Periods.parse("2026Q2"), "R9");
        var h1 = q2.lineage().stream().filter(l -> l.reporterCode().equals("H1") && l.indicator().equals("cp_share")).toList();
        // only the covered quarter (Q1: the correction's cp and the carried dis); the rejected Q2 file is no source
        assertThat(h1).extracting(l -> l.part(), l -> l.elementCode(), l -> l.quarter(), l -> l.value(),
                        l -> l.originalName(), l -> l.cell(), l -> l.carried())
                .containsExactlyInAnyOrder(tuple("numerator", "cp", "2026Q1", 45.0, "一季度更正.xlsx", "E12", false),
                        tuple("denominator", "dis", "2026Q1", 100.0, "一季度.xlsx", "E5", true));
        for (var v : q2.values().stream().filter(v -> v.entityType().isHospital()).toList()) {
            var cells = q2.lineage().stream().filter(l -> l.reporterCode().equals(v.entityCode())
                    && l.indicator().equals(v.indicator())).toList();
            assertThat(cells.stream().filter(l -> l.part().equals("numerator")).mapToDouble(l -> l.value()).sum())
                    .as(v.entityCode() + " " + v.indicator()).isEqualTo(v.numerator());
            if (v.denominator() != null) {
                assertThat(cells.stream().filter(l -> l.part().equals("denominator")).mapToDouble(l -> l.value()).sum())
                        .isEqualTo(v.denominator());
            }
        }
    }

    @Test
    void commitmentsAreJudgedFromTheReportsInForceAndReplacedPerScope() {
        MilestoneMart mart = new MilestoneMart(dsl);
        Periods q3 = Periods.parse("2026Q3");
        assertThat(mart.reports(Periods.parse("2026Q2"))).isEmpty();
        assertThat(mart.reports(q3)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(MilestoneState.in_progress);
            assertThat(r.reporterCode()).isEqualTo("H2");
        });
        List<MilestoneRow> rows = mart.refresh(catalog, OrgUnits.load(dsl), q3, "R1", null);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(MilestoneStatus.overdue);
            assertThat(r.daysOverdue()).isEqualTo(92);
        });
        List<MilestoneRow> printed = mart.fetch("2026Q3", List.of("511800"));
        assertThat(printed).singleElement().satisfies(r -> {
            assertThat(r.entityCode()).isEqualTo("H2");
            assertThat(r.responsible()).isEqualTo("雅安市人民医院");
            assertThat(r.deliverable()).isEqualTo("院区搬迁");
            assertThat(r.state()).isEqualTo("推进中");
            assertThat(r.evidence()).isEqualTo("主体完工");
            assertThat(r.due()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(r.text()).contains("已过期限 2026-06-30 92 天");
        });
        assertThat(mart.fetch("2026Q3", List.of("511826"))).isEmpty();
        // a run scoped elsewhere leaves the row alone; a run scoped to the hospital replaces it
        mart.refresh(catalog, OrgUnits.load(dsl), q3, "R2", Set.of("H1"));
        assertThat(mart.fetch("2026Q3", List.of("511800"))).hasSize(1);
        assertThat(mart.refresh(catalog, OrgUnits.load(dsl), q3, "R3", Set.of("H2"))).hasSize(1);
        assertThat(mart.fetch("2026Q3", List.of("511800"))).hasSize(1);
    }
}
