package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Comparator;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * The cases of the independent recomputation of the 2026Q3 demo, each on a small in-memory city: figures built on
 * partial data, comparisons that were not like for like, and hospital targets judged on the wrong population.
 */
class PartialDataCasesTest {
    private static final Periods Q3 = Periods.parse("2026Q3");

    private static final Indicator CP = Targets.ratio("cp_share", "cp_discharges", "discharges", 100, Indicator.Direction.higher);
    private static final Indicator CP_NUM = Targets.element("cp_discharges", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator DISCHARGES = Targets.element("discharges", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator BOOKING = Targets.element("timed_booking", Indicator.Aggregation.flag, Indicator.PeriodAggregation.latest);
    private static final Indicator FUND = Targets.element("fund", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator NEW_SPECIALTIES = Targets.element("new_specialties", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator PHYSICIANS = Targets.element("physicians", Indicator.Aggregation.sum, Indicator.PeriodAggregation.latest);

    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511826", new Region("511826", "芦山县", Region.Level.county, "511800"));
    }

    private static final List<HospitalVersion> HOSPITALS = List.of(
            h("H1", "芦山县人民医院", "三级"), h("H2", "芦山县中医医院", "二级"), h("H3", "芦山县妇幼保健院", "二级"));

    private static HospitalVersion h(String code, String name, String tier) {
        return new HospitalVersion(code, name, "511826", LocalDate.of(2018, 1, 1), null, tier, "甲", "综合", "公立", "县");
    }

    private static Target target(String code, String indicator, Target.Kind kind, String tier, Target.EvaluateAt at,
                                 String condOp, Double condValue, String op, Double value, Integer baselineYear,
                                 Integer targetYear, String reading) {
        return new Target(code, "YA2022", indicator, kind, Targets.scope(null, tier), at, Comparator.of(condOp), condValue, Comparator.of(op), value,
                null, null, null, baselineYear, null, targetYear, "确定", "一、", "原文", reading);
    }

    private static List<EvaluationRow> evaluate(Target t, ValueCube cube, Periods period) {
        Plan plan = new Plan("YA2022", "雅安方案", "雅安市人民政府办公室", "雅办发〔2022〕66号", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(),
                List.of(CP, CP_NUM, DISCHARGES, BOOKING, FUND, NEW_SPECIALTIES, PHYSICIANS), List.of(plan), List.of(t));
        return new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(period);
    }

    private static void put(ValueCube cube, String reporter, String period, String element, double value) {
        cube.put(reporter, period, element, new ValueCube.Cell(value, reporter + period, reporter + period + ".xlsx", "填报表", "E9"));
    }

    private static EvaluationRow row(List<EvaluationRow> rows, String entity) {
        return rows.stream().filter(r -> r.entityCode().equals(entity)).findFirst().orElseThrow();
    }

    /** Case 1: a quarter whose denominator was rejected does not count its numerator either. */
    @Test
    void case1RatioUsesOnlyQuartersWhereBothHalvesWereAccepted() {
        ValueCube cube = new ValueCube();
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "H1", q, "cp_discharges", 80);
            if (!q.equals("2026Q2")) {
                put(cube, "H1", q, "discharges", 100);   // Q2 discharges rejected
            }
        }
        Target t = target("C1", "cp_share", Target.Kind.each, null, Target.EvaluateAt.hospital, null, null, ">=", 90.0, 2025, 2027, "");
        EvaluationRow h1 = row(evaluate(t, cube, Q3), "H1");
        assertThat(h1.value()).isCloseTo(80.0, within(1e-9));   // 160/200, not 240/200 = 120%
        assertThat(h1.numerator()).isEqualTo(160.0);
        assertThat(h1.provisional()).isTrue();
        assertThat(h1.coverageNote()).contains("芦山县人民医院 2026Q2").contains("2/3");
        assertThat(h1.status()).isNotEqualTo(Status.met);
    }

    /** Case 2: a yes/no stock whose latest quarter is missing is no data, not last quarter's yes. */
    @Test
    void case2StockWithoutItsLatestQuarterIsMissingAndCountsAgainstTheShare() {
        ValueCube cube = new ValueCube();
        put(cube, "H2", "2026Q3", "timed_booking", 1);
        put(cube, "H3", "2026Q3", "timed_booking", 1);
        put(cube, "H1", "2026Q2", "timed_booking", 1);   // the Q3 file was unreadable
        Target t = target("C2", "timed_booking", Target.Kind.share, null, Target.EvaluateAt.city, "=", 1.0, ">=", 100.0, 2025, 2026, "");
        List<EvaluationRow> rows = evaluate(t, cube, Q3);
        EvaluationRow city = row(rows, "511800");
        assertThat(city.value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(city.provisional()).isTrue();
        assertThat(city.coverageNote()).contains("芦山县人民医院 2026Q3");
        assertThat(row(rows, "H1").status()).isEqualTo(Status.no_data);
    }

    /** Case 3: this year's three quarters are compared with last year's same quarters only. */
    @Test
    void case3ComparisonWithLastYearIsLikeForLike() {
        ValueCube cube = new ValueCube();
        put(cube, "511800", "2025Q3", "fund", 2722.66);   // 2025: only Q3 held
        put(cube, "511800", "2026Q1", "fund", 2500);
        put(cube, "511800", "2026Q2", "fund", 2366.44);
        put(cube, "511800", "2026Q3", "fund", 2700);
        Indicator fund = new Indicator("fund", Indicator.Kind.element, "专项资金", List.of(), "万元", Indicator.Level.region,
                null, null, 1, Indicator.Direction.higher, Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum, 2,
                "", "", null, null, false, "");
        Target t = target("C3", "fund", Target.Kind.annual_change, null, Target.EvaluateAt.city, null, null, "up", 1000.0, null, 2027, "");
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(fund), List.of(plan), List.of(t));
        EvaluationRow city = row(new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Q3), "511800");
        assertThat(city.status()).isEqualTo(Status.behind);   // 2700 vs 2722.66: fell, while 7,566 vs 2,722 would be 达标
        assertThat(city.provisional()).isTrue();
        assertThat(city.evidence()).contains("同口径").contains("上年同期 2722.66").contains("本年同口径 2700");
        Target dir = target("C3b", "fund", Target.Kind.direction, null, Target.EvaluateAt.city, null, null, "up", null, null, 2027, "");
        Catalog c2 = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(fund), List.of(plan), List.of(dir));
        assertThat(row(new Evaluator(c2, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Q3), "511800").status())
                .isEqualTo(Status.behind);
    }

    /** Case 4: the county view of a 三级 target is the in-scope hospitals' aggregate and counts hospitals. */
    @Test
    void case4CountyViewOfAHospitalTargetCountsInScopeHospitalsOnly() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2026Q3", "cp_discharges", 95);
        put(cube, "H1", "2026Q3", "discharges", 100);
        put(cube, "H2", "2026Q3", "cp_discharges", 10);   // 二级: outside the target's scope
        put(cube, "H2", "2026Q3", "discharges", 100);
        Target t = target("C4", "cp_share", Target.Kind.each, "三级", Target.EvaluateAt.hospital, null, null, ">=", 90.0, 2025, 2027, "");
        List<EvaluationRow> rows = evaluate(t, cube, Q3);
        EvaluationRow county = row(rows, "511826");
        assertThat(county.value()).isCloseTo(95.0, within(1e-9));   // not (95+10)/200 = 52.5
        assertThat(county.hospitalsInScope()).isEqualTo(1);
        assertThat(county.hospitalsMet()).isEqualTo(1);
        assertThat(county.status()).isEqualTo(Status.met);
        assertThat(county.evidence()).contains("适用医院 1 家中 1 家达标");
    }

    /** Case 5: a county's direction target is judged against the county's own earlier value. */
    @Test
    void case5CountyDirectionComparesWithTheCountysOwnPriorValue() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2025Q3", "cp_discharges", 40);
        put(cube, "H1", "2025Q3", "discharges", 100);
        put(cube, "H2", "2025Q3", "cp_discharges", 30);
        put(cube, "H2", "2025Q3", "discharges", 100);
        put(cube, "H1", "2026Q3", "cp_discharges", 41);
        put(cube, "H1", "2026Q3", "discharges", 100);
        put(cube, "H2", "2026Q3", "cp_discharges", 31);
        put(cube, "H2", "2026Q3", "discharges", 100);
        Target t = target("C5", "cp_share", Target.Kind.direction, null, Target.EvaluateAt.hospital, null, null, "up", null, 2022, 2027, "");
        EvaluationRow county = row(evaluate(t, cube, Q3), "511826");
        assertThat(county.targetValue()).isCloseTo(35.0, within(1e-9));   // (40+30)/200, not H1's 40
        assertThat(county.value()).isCloseTo(36.0, within(1e-9));
    }

    /** Case 6: a direction miss before the target year is 滞后, not 未达标. */
    @Test
    void case6DirectionMissBeforeTheTargetYearIsBehind() {
        ValueCube cube = new ValueCube();
        for (String q : List.of("2025Q3", "2026Q3")) {
            put(cube, "H1", q, "discharges", 100);
        }
        put(cube, "H1", "2025Q3", "cp_discharges", 50);
        put(cube, "H1", "2026Q3", "cp_discharges", 40);
        Target t = target("C6", "cp_share", Target.Kind.direction, null, Target.EvaluateAt.hospital, null, null, "up", null, 2022, 2027, "");
        assertThat(row(evaluate(t, cube, Q3), "H1").status()).isEqualTo(Status.behind);
        Target due = target("C6b", "cp_share", Target.Kind.direction, null, Target.EvaluateAt.hospital, null, null, "up", null, 2022, 2026, "");
        put(cube, "H1", "2025Q4", "discharges", 100);
        put(cube, "H1", "2025Q4", "cp_discharges", 50);
        put(cube, "H1", "2026Q4", "discharges", 100);
        put(cube, "H1", "2026Q4", "cp_discharges", 40);
        assertThat(row(evaluate(due, cube, Periods.parse("2026Q4")), "H1").status()).isEqualTo(Status.not_met);
    }

    /** Case 7: new things over the plan period add up over the plan years, and the path starts from nothing. */
    @Test
    void case7PlanPeriodTotalAddsUpThePlanYears() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2022Q4", "new_specialties", 5);
        put(cube, "H1", "2023Q4", "new_specialties", 5);
        put(cube, "H1", "2024Q4", "new_specialties", 5);
        put(cube, "H1", "2025Q4", "new_specialties", 5);
        put(cube, "H1", "2026Q1", "new_specialties", 2);
        put(cube, "H1", "2026Q3", "new_specialties", 2);
        Target t = target("C7", "new_specialties", Target.Kind.total, null, Target.EvaluateAt.city, null, null, ">=", 30.0,
                2021, 2026, "全市方案期内新增（合计）");
        EvaluationRow city = row(evaluate(t, cube, Q3), "511800");
        assertThat(city.value()).isEqualTo(24.0);
        assertThat(city.pathValue()).isCloseTo(30 * 4.75 / 5, within(1e-9));   // from 0 at the end of 2021
        assertThat(city.status()).isEqualTo(Status.behind);
        assertThat(city.evidence()).contains("方案期内累计（2022 年至 2026Q3）");
        Target yearly = target("C7b", "new_specialties", Target.Kind.total, null, Target.EvaluateAt.city, null, null, ">=", 3.0,
                2021, 2026, "每年≥3，逐年评价");
        assertThat(row(evaluate(yearly, cube, Q3), "511800").value()).isEqualTo(4.0);
    }

    /** Case 9: a stock's lineage is its latest quarter's cell only, the one the value came from. */
    @Test
    void case9StockLineageIsTheLatestQuarterOnly() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2026Q1", "physicians", 100);
        put(cube, "H1", "2026Q2", "physicians", 105);
        put(cube, "H1", "2026Q3", "physicians", 110);
        Target t = target("C9", "physicians", Target.Kind.each, null, Target.EvaluateAt.hospital, null, null, ">=", 100.0,
                null, 2026, null);
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(PHYSICIANS), List.of(), List.of(t));
        IndicatorValues.Computed computed = new IndicatorValues(catalog, new OrgUnits(REGIONS, HOSPITALS), cube)
                .computeWithLineage(Q3, "R1");
        assertThat(computed.lineage()).filteredOn(l -> l.reporterCode().equals("H1")).singleElement().satisfies(l -> {
            assertThat(l.quarter()).isEqualTo("2026Q3");
            assertThat(l.value()).isEqualTo(110.0);
        });
        assertThat(computed.values()).filteredOn(v -> v.entityCode().equals("H1")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(110.0));
    }

    /** Coverage words name each reporter once and give consecutive quarters as a range. */
    @Test
    void coverageWordsGroupQuarters() {
        Coverage c = Coverage.of("H1", List.of(Q3), List.of(Periods.parse("2022Q1"), Periods.parse("2022Q2"),
                Periods.parse("2022Q3"), Periods.parse("2026Q1")));
        assertThat(c.missingWords(code -> "芦山县人民医院")).isEqualTo("缺 芦山县人民医院 2022Q1—2022Q3、2026Q1（已覆盖 1/5 个季度）");
        assertThat(Coverage.of("H1", List.of(Q3), List.of()).missingWords(code -> "x")).isEmpty();
        assertThat(c.complete()).isFalse();
        assertThat(Coverage.NONE.isEmpty()).isTrue();
    }
}
