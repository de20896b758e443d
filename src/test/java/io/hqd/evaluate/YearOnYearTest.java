package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Comparisons with earlier periods, through the whole evaluation: the same quarters both years (said in words when
 * that is less than the year to date), a stock compared on its latest quarter, yearly amounts prorated only for
 * flows, baselines never taken from a partial year of a flow nor from a year the indicator did not exist, and the
 * plan's own region judged on the baseline the plan states.
 */
class YearOnYearTest {
    private static final Periods Q3 = Periods.parse("2026Q3");
    private static final Indicator CP = Targets.ratio("cp_share", "cp", "dis", 100, Indicator.Direction.higher);
    private static final Indicator NUM = Targets.element("cp", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator DEN = Targets.element("dis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator BEDS = Targets.element("beds", Indicator.Aggregation.sum, Indicator.PeriodAggregation.latest);
    private static final Indicator VISITS = Targets.element("visits", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511826", new Region("511826", "芦山县", Region.Level.county, "511800"));
        REGIONS.put("511827", new Region("511827", "宝兴县", Region.Level.county, "511800"));
    }

    private static final List<HospitalVersion> HOSPITALS = List.of(
            new HospitalVersion("A", "甲院", "511826", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县"),
            new HospitalVersion("B", "乙院", "511827", LocalDate.of(2018, 1, 1), null, "三级", "甲", "综合", "公立", "县"));

    private static void put(ValueCube cube, String reporter, String period, String element, double v) {
        cube.put(reporter, period, element, new ValueCube.Cell(v, "s", "f.xlsx", "填报表", "E1"));
    }

    private static Target target(String indicator, Target.Kind kind, Target.EvaluateAt at, String tier, String op,
                                 Double value, Integer baselineYear, Double baselineValue) {
        return new Target("Y-1", "YA2022", indicator, kind, Targets.scope(null, tier), at, null, null, Comparator.of(op), value, null, null,
                null, baselineYear, baselineValue, 2027, "确定", "一、", "原文", null);
    }

    private static List<EvaluationRow> evaluate(Target t, ValueCube cube, Indicator... extra) {
        List<Indicator> indicators = new ArrayList<>(List.of(CP, NUM, DEN, BEDS, VISITS));
        indicators.addAll(List.of(extra));
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), indicators, List.of(plan), List.of(t));
        return new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Q3);
    }

    private static EvaluationRow row(List<EvaluationRow> rows, String entity) {
        return rows.stream().filter(r -> r.entityCode().equals(entity)).findFirst().orElseThrow();
    }

    @Test
    void anIncompleteComparisonYearComparesOnlyTheQuartersBothYearsHaveAndSaysWhichAreMissing() {
        ValueCube cube = new ValueCube();
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "A", q, "cp", 50);
            put(cube, "A", q, "dis", 100);
        }
        put(cube, "A", "2026Q3", "cp", 30);   // this year: 130/300; the same quarter: 30/100
        put(cube, "A", "2025Q3", "cp", 40);   // last year: only Q3
        put(cube, "A", "2025Q3", "dis", 100);
        EvaluationRow a = row(evaluate(target("cp_share", Target.Kind.direction, Target.EvaluateAt.hospital, null, "up", null,
                null, null), cube), "A");
        assertThat(a.status()).isEqualTo(Status.behind);       // 30 vs 40 on Q3, although 43.33 for Q1–Q3 is above 40
        assertThat(a.provisional()).isTrue();
        assertThat(a.evidence()).startsWith("同口径比较：仅比较两年均有数据的报送季度（1 个），本年数据完整；上年缺 甲院 2025Q1—2025Q2（已覆盖 1/3 个季度）；上年同期 40，本年同口径 30，变化 -10");
        assertThat(a.coverageNote()).isEqualTo("比较期数据不完整，按同口径季度比较");
        // a whole comparison year says nothing of the kind
        put(cube, "A", "2025Q1", "cp", 10);
        put(cube, "A", "2025Q1", "dis", 100);
        put(cube, "A", "2025Q2", "cp", 10);
        put(cube, "A", "2025Q2", "dis", 100);
        EvaluationRow whole = row(evaluate(target("cp_share", Target.Kind.direction, Target.EvaluateAt.hospital, null, "up",
                null, null, null), cube), "A");
        assertThat(whole.status()).isEqualTo(Status.met);      // 130/300 against 60/300
        assertThat(whole.provisional()).isFalse();
        assertThat(whole.evidence()).isEqualTo("上年同期 20，变化 +23.33");
        assertThat(whole.coverageNote()).isEmpty();
    }

    @Test
    void aStockIsComparedOnItsLatestQuarterOnly() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "2025Q3", "beds", 100);
        put(cube, "A", "2026Q3", "beds", 120);
        EvaluationRow a = row(evaluate(target("beds", Target.Kind.direction, Target.EvaluateAt.hospital, null, "up", null,
                null, null), cube), "A");
        assertThat(a.status()).isEqualTo(Status.met);
        assertThat(a.provisional()).isFalse();
        assertThat(a.evidence()).isEqualTo("上年同期 100，变化 +20");
        // an annual change on a stock is not prorated either: +30 a year is needed in full
        EvaluationRow change = row(evaluate(target("beds", Target.Kind.annual_change, Target.EvaluateAt.hospital, null, "up",
                30.0, null, null), cube), "A");
        assertThat(change.status()).isEqualTo(Status.behind);
        assertThat(change.targetValue()).isEqualTo(130.0);
        assertThat(change.evidence()).doesNotContain("折算");
    }

    @Test
    void aYearlyAmountOfAFlowIsProratedToTheQuartersCompared() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "2025Q2", "visits", 1000);
        put(cube, "A", "2025Q3", "visits", 1000);
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "A", q, "visits", 1200);
        }
        EvaluationRow a = row(evaluate(target("visits", Target.Kind.annual_change, Target.EvaluateAt.hospital, null, "up",
                800.0, null, null), cube), "A");
        // Q2+Q3 both years: 2400 against 2000 + 800 × 2/4 = 2400
        assertThat(a.status()).isEqualTo(Status.met);
        assertThat(a.targetValue()).isEqualTo(2400.0);
        assertThat(a.evidence()).contains("（2 个）", "本年同口径 2400", "按所比较季度折算为 400");
        assertThat(a.provisional()).isTrue();
        // a ratio's yearly change is a change of the ratio: not prorated
        for (String q : List.of("2025Q3", "2026Q3")) {
            put(cube, "A", q, "dis", 100);
        }
        put(cube, "A", "2025Q3", "cp", 40);
        put(cube, "A", "2026Q3", "cp", 41);
        EvaluationRow ratio = row(evaluate(target("cp_share", Target.Kind.annual_change, Target.EvaluateAt.hospital, null,
                "up", 2.0, null, null), cube), "A");
        assertThat(ratio.targetValue()).isEqualTo(42.0);
        assertThat(ratio.status()).isEqualTo(Status.behind);
    }

    @Test
    void aPartialYearOfAFlowIsNoBaselineButAPartialYearOfARatioIsAProvisionalOne() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "2021Q4", "visits", 1000);   // 2021: one quarter of four
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "A", q, "visits", 1000);
        }
        EvaluationRow flow = row(evaluate(target("visits", Target.Kind.each, Target.EvaluateAt.hospital, null, ">=", 5000.0,
                2021, null), cube), "A");
        assertThat(flow.status()).isEqualTo(Status.behind);
        assertThat(flow.evidence()).contains("无基期数据");
        put(cube, "A", "2021Q4", "cp", 30);
        put(cube, "A", "2021Q4", "dis", 100);
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "A", q, "cp", 60);
            put(cube, "A", q, "dis", 100);
        }
        EvaluationRow ratio = row(evaluate(target("cp_share", Target.Kind.each, Target.EvaluateAt.hospital, null, ">=", 70.0,
                2021, null), cube), "A");
        assertThat(ratio.evidence()).contains("基期 2021 年（基期数据不完整，暂定）（30）");
        assertThat(ratio.pathValue()).isCloseTo(30 + 40 * 4.75 / 6, within(1e-9));
    }

    @Test
    void aYearBeforeTheIndicatorExistedGivesNoBaseline() {
        Indicator young = new Indicator("cp_share", Indicator.Kind.indicator, "新", List.of(), "%", Indicator.Level.hospital,
                "cp", "dis", 100, Indicator.Direction.higher, Indicator.Aggregation.ratio, Indicator.PeriodAggregation.sum, 2,
                "", "新版", 2023, null, false, "");
        ValueCube cube = new ValueCube();
        for (int y = 2021; y <= 2026; y++) {
            for (int q = 1; q <= (y == 2026 ? 3 : 4); q++) {
                put(cube, "A", y + "Q" + q, "cp", y == 2021 ? 10 : 40);
                put(cube, "A", y + "Q" + q, "dis", 100);
            }
        }
        Target t = target("cp_share", Target.Kind.each, Target.EvaluateAt.hospital, null, ">=", 70.0, 2021, null);
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(young, NUM, DEN), List.of(plan), List.of(t));
        EvaluationRow a = row(new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Q3), "A");
        assertThat(a.evidence()).contains("基期数据缺失，以 2023 年为起点");
    }

    @Test
    void thePlansOwnRegionIsJudgedOnTheStatedBaselineAndOtherRegionsOnTheirOwnHistory() {
        ValueCube cube = new ValueCube();
        for (String q : List.of("2025Q1", "2025Q2", "2025Q3", "2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "A", q, "cp", q.startsWith("2026") ? 50 : 45);
            put(cube, "A", q, "dis", 100);
            put(cube, "B", q, "cp", 60);
            put(cube, "B", q, "dis", 100);
        }
        Target city = target("cp_share", Target.Kind.annual_change, Target.EvaluateAt.city, null, "up", 2.0, 2021, 40.0);
        EvaluationRow yaan = row(evaluate(city, cube), "511800");
        // 40 + 2 × 4.75 = 49.5; the city's 2026 to date: 330/600 = 55
        assertThat(yaan.targetValue()).isEqualTo(49.5);
        assertThat(yaan.evidence()).startsWith("基期 2021 年 40，要求每年提高 2");
        Target counties = target("cp_share", Target.Kind.annual_change, Target.EvaluateAt.county, null, "up", 2.0, 2021, 40.0);
        List<EvaluationRow> rows = evaluate(counties, cube);
        assertThat(row(rows, "511826").targetValue()).isEqualTo(47.0);   // its own 45 last year + 2
        assertThat(row(rows, "511826").status()).isEqualTo(Status.met);
        assertThat(row(rows, "511827").status()).isEqualTo(Status.behind);   // flat at 60
        assertThat(row(rows, "511827").evidence()).contains("上年同期 60");
    }

    @Test
    void aRegionWithoutAnyHospitalInScopeSaysSo() {
        ValueCube cube = new ValueCube();
        put(cube, "B", "2026Q3", "beds", 500);
        List<EvaluationRow> rows = evaluate(target("beds", Target.Kind.region_rate, Target.EvaluateAt.county, "三级", ">=",
                400.0, 2021, null), cube);
        EvaluationRow lushan = row(rows, "511826");
        assertThat(lushan.status()).isEqualTo(Status.no_data);
        assertThat(lushan.evidence()).isEqualTo("范围内没有适用的医院");
        assertThat(row(rows, "511827").status()).isEqualTo(Status.met);
        assertThat(row(rows, "511827").value()).isEqualTo(500.0);
    }

    @Test
    void aBureausFigureMissingQuartersNamesTheBureau() {
        Indicator fund = new Indicator("fund", Indicator.Kind.element, "专项资金", List.of(), "万元", Indicator.Level.region,
                null, null, 1, Indicator.Direction.higher, Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum, 2,
                "", "", null, null, false, "");
        ValueCube cube = new ValueCube();
        put(cube, "511800", "2025Q3", "fund", 100);
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "511800", q, "fund", 110);
        }
        Target t = new Target("Y-2", "YA2022", "fund", Target.Kind.direction, Targets.scope(null, null), Target.EvaluateAt.city,
                null, null, Comparator.up, null, null, null, null, null, null, 2027, "确定", "一、", "原文", null);
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(fund), List.of(plan), List.of(t));
        EvaluationRow city = row(new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Q3), "511800");
        assertThat(city.evidence()).contains("上年缺 雅安市 2025Q1—2025Q2（已覆盖 1/3 个季度）", "上年同期 100，本年同口径 110");
        assertThat(city.status()).isEqualTo(Status.met);
    }
}
