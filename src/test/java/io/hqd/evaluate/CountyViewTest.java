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
 * County and city views of a target every hospital must reach: the worst hospital status decides, the view counts
 * hospitals meeting it, names those that do not, and is provisional when a hospital has no data.
 */
class CountyViewTest {
    private static final Indicator CP = Targets.ratio("cp_share", "cp", "dis", 100, Indicator.Direction.higher);
    private static final Indicator NUM = Targets.element("cp", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator DEN = Targets.element("dis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511826", new Region("511826", "芦山县", Region.Level.county, "511800"));
        REGIONS.put("511827", new Region("511827", "宝兴县", Region.Level.county, "511800"));
    }

    private static final List<HospitalVersion> HOSPITALS = List.of(h("A", "甲院", "511826"), h("B", "乙院", "511826"),
            h("C", "丙院", "511826"), h("D", "丁院", "511827"));

    private static HospitalVersion h(String code, String name, String region) {
        return new HospitalVersion(code, name, region, LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县");
    }

    /** The hospital reports the same share in every quarter of the year up to {@code period}. */
    private static void share(ValueCube cube, String hospital, String period, double cp) {
        for (Periods q : Periods.parse(period).yearToDate()) {
            cube.put(hospital, q.code(), "cp", new ValueCube.Cell(cp, "s", "f.xlsx", "填报表", "E1"));
            cube.put(hospital, q.code(), "dis", new ValueCube.Cell(100, "s", "f.xlsx", "填报表", "E2"));
        }
    }

    private static List<EvaluationRow> evaluate(ValueCube cube, Periods period, Integer targetYear, Indicator... defs) {
        return evaluate(HOSPITALS, cube, period, targetYear, defs);
    }

    private static List<EvaluationRow> evaluate(List<HospitalVersion> hospitals, ValueCube cube, Periods period,
                                                Integer targetYear, Indicator... defs) {
        Target t = new Target("T-9", "YA2022", "cp_share", Target.Kind.each, Targets.scope(null, null),
                Target.EvaluateAt.hospital, null, null, Comparator.at_least, 70.0, null, null, null, 2021, null, targetYear, "确定", "一、",
                "原文", null);
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        List<Indicator> indicators = new java.util.ArrayList<>(List.of(NUM, DEN));
        indicators.addAll(defs.length == 0 ? List.of(CP) : List.of(defs));
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), indicators, List.of(plan), List.of(t));
        return new Evaluator(catalog, new OrgUnits(REGIONS, hospitals), cube).evaluate(period);
    }

    private static EvaluationRow row(List<EvaluationRow> rows, String entity) {
        return rows.stream().filter(r -> r.entityCode().equals(entity)).findFirst().orElseThrow();
    }

    @Test
    void aMissingHospitalIsNamedAsItWasCalledInThePeriodNotByALaterName() {
        ValueCube cube = new ValueCube();
        share(cube, "A", "2026Q4", 80);   // 丙院 reports nothing; from mid-2027 it has a new name
        HospitalVersion then = new HospitalVersion("C", "丙院", "511826", LocalDate.of(2018, 1, 1), LocalDate.of(2027, 6, 30),
                "二级", "甲", "综合", "公立", "县");
        HospitalVersion later = new HospitalVersion("C", "丙院新名", "511826", LocalDate.of(2027, 7, 1), null, "二级", "甲", "综合",
                "公立", "县");
        List<EvaluationRow> rows = evaluate(List.of(HOSPITALS.get(0), then, later), cube, Periods.parse("2026Q4"), 2027);
        assertThat(row(rows, "511826").coverageNote()).contains("丙院").doesNotContain("丙院新名");
    }

    @Test
    void everyHospitalMeetingItMakesTheCountyMet() {
        ValueCube cube = new ValueCube();
        share(cube, "A", "2027Q4", 80);
        share(cube, "B", "2027Q4", 70);   // exactly at the target
        share(cube, "C", "2027Q4", 90);
        EvaluationRow county = row(evaluate(cube, Periods.parse("2027Q4"), 2027), "511826");
        assertThat(county.status()).isEqualTo(Status.met);
        assertThat(county.hospitalsInScope()).isEqualTo(3);
        assertThat(county.hospitalsMet()).isEqualTo(3);
        assertThat(county.value()).isCloseTo(80.0, within(1e-9));
        assertThat(county.provisional()).isFalse();
        assertThat(county.coverageNote()).isEmpty();
        assertThat(county.evidence()).startsWith("≥ 70：适用医院 3 家中 3 家达标；数值为适用医院合计口径")
                .doesNotContain("未达标或滞后");
        assertThat(county.targetValue()).isEqualTo(70.0);
        assertThat(county.entityType()).isEqualTo(EntityType.county);
        assertThat(county.entityName()).isEqualTo("芦山县");
    }

    @Test
    void oneHospitalMissingAfterTheTargetYearMakesTheCountyNotMetAndNamesIt() {
        ValueCube cube = new ValueCube();
        share(cube, "A", "2027Q4", 80);
        share(cube, "B", "2027Q4", 69.99);
        share(cube, "D", "2027Q4", 90);
        List<EvaluationRow> rows = evaluate(cube, Periods.parse("2027Q4"), 2027);
        EvaluationRow county = row(rows, "511826");
        assertThat(county.status()).isEqualTo(Status.not_met);
        assertThat(county.hospitalsMet()).isEqualTo(1);
        assertThat(county.provisional()).isTrue();   // 丙院 has no data
        assertThat(county.evidence()).contains("适用医院 3 家中 1 家达标", "未达标 1 家", "无数据 1 家", "未达标或滞后：乙院")
                .doesNotContain("甲院", "丙院、");
        assertThat(county.coverageNote()).contains("丙院");
        EvaluationRow city = row(rows, "511800");
        assertThat(city.hospitalsInScope()).isEqualTo(4);
        assertThat(city.hospitalsMet()).isEqualTo(2);
        assertThat(city.status()).isEqualTo(Status.not_met);
        EvaluationRow other = row(rows, "511827");
        assertThat(other.status()).isEqualTo(Status.met);
        assertThat(other.hospitalsInScope()).isEqualTo(1);
        assertThat(row(rows, "C").status()).isEqualTo(Status.no_data);
        assertThat(row(rows, "C").evidence()).isEqualTo("缺少报送数据");
    }

    @Test
    void beforeTheTargetYearABehindHospitalMakesTheCountyBehindAndOnTrackComesNext() {
        ValueCube cube = new ValueCube();
        for (String h : List.of("A", "B", "C")) {
            share(cube, h, "2021Q4", 50);   // baseline: path 50 → 70 over 2022–2027
        }
        share(cube, "A", "2024Q4", 80);
        share(cube, "B", "2024Q4", 55);    // path at 2024Q4: 50 + 20 × 3/6 = 60 → 滞后
        share(cube, "C", "2024Q4", 65);    // on track
        List<EvaluationRow> rows = evaluate(cube, Periods.parse("2024Q4"), 2027);
        assertThat(row(rows, "B").status()).isEqualTo(Status.behind);
        assertThat(row(rows, "C").status()).isEqualTo(Status.on_track);
        EvaluationRow county = row(rows, "511826");
        assertThat(county.status()).isEqualTo(Status.behind);
        assertThat(county.evidence()).contains("按进度 1 家", "滞后 1 家", "未达标或滞后：乙院").doesNotContain("丙院");
        assertThat(county.pathValue()).isNull();
        ValueCube onTrack = new ValueCube();
        for (String h : List.of("A", "B", "C")) {
            share(onTrack, h, "2021Q4", 50);
        }
        share(onTrack, "A", "2024Q4", 80);
        share(onTrack, "B", "2024Q4", 60);   // exactly on the path
        share(onTrack, "C", "2024Q4", 70);
        EvaluationRow county2 = row(evaluate(onTrack, Periods.parse("2024Q4"), 2027), "511826");
        assertThat(county2.status()).isEqualTo(Status.on_track);
        assertThat(county2.hospitalsMet()).isEqualTo(2);
    }

    @Test
    void aCountyWhoseHospitalsAllLackDataIsNoData() {
        ValueCube cube = new ValueCube();
        share(cube, "D", "2027Q4", 90);
        List<EvaluationRow> rows = evaluate(cube, Periods.parse("2027Q4"), 2027);
        EvaluationRow county = row(rows, "511826");
        assertThat(county.status()).isEqualTo(Status.no_data);
        assertThat(county.value()).isNull();
        assertThat(county.hospitalsMet()).isZero();
        assertThat(county.evidence()).doesNotContain("参照值");
    }

    @Test
    void aDefinitionChangeBetweenTheYearsComparedIsSaid() {
        Indicator old = new Indicator("cp_share", Indicator.Kind.indicator, "旧", List.of(), "%", Indicator.Level.hospital,
                "cp", "dis", 100, Indicator.Direction.higher, Indicator.Aggregation.ratio, Indicator.PeriodAggregation.sum,
                2, "", "旧版", null, 2026, false, "");
        Indicator now = new Indicator("cp_share", Indicator.Kind.indicator, "新", List.of(), "%", Indicator.Level.hospital,
                "cp", "dis", 100, Indicator.Direction.higher, Indicator.Aggregation.ratio, Indicator.PeriodAggregation.sum,
                2, "", "新版", 2027, null, false, "");
        ValueCube cube = new ValueCube();
        share(cube, "A", "2026Q4", 60);
        share(cube, "A", "2027Q4", 80);
        Target up = new Target("T-10", "YA2022", "cp_share", Target.Kind.direction, Targets.scope(null, null),
                Target.EvaluateAt.hospital, null, null, Comparator.up, null, null, null, null, null, null, 2027, "确定", "一、", "原文", null);
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(NUM, DEN, old, now), List.of(plan),
                List.of(up));
        EvaluationRow a = row(new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Periods.parse("2027Q4")), "A");
        assertThat(a.status()).isEqualTo(Status.met);
        assertThat(a.evidence()).contains("上年同期 60", "变化 +20", "注意：2026—2027 年间指标口径有变化");
        // the same definition both years: nothing to say
        Catalog same = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(NUM, DEN, CP), List.of(plan), List.of(up));
        EvaluationRow b = row(new Evaluator(same, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Periods.parse("2027Q4")), "A");
        assertThat(b.evidence()).doesNotContain("口径有变化");
        // a threshold target does not compare years: no note even across a change
        EvaluationRow c = row(evaluate(cube, Periods.parse("2027Q4"), 2027, old, now), "A");
        assertThat(c.evidence()).doesNotContain("口径有变化");
    }
}
