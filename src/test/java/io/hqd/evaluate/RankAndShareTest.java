package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Rankings among peers of the same kind (lower is better for some indicators; counties rank among the province's
 * counties), and each hospital's own line under a share-of-hospitals target.
 */
class RankAndShareTest {
    private static final Periods P = Periods.parse("2026Q4");
    private static final Indicator ALOS = new Indicator("alos", Indicator.Kind.element, "平均住院日", List.of(), "天",
            Indicator.Level.hospital, null, null, 1, Indicator.Direction.lower, Indicator.Aggregation.average,
            Indicator.PeriodAggregation.latest, 2, "", "", null, null, false, "");
    private static final Indicator BOOKING = Targets.element("booking", Indicator.Aggregation.flag, Indicator.PeriodAggregation.latest);
    private static final Indicator SPECIALTIES = Targets.element("new_specialties", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511826", new Region("511826", "芦山县", Region.Level.county, "511800"));
        REGIONS.put("511827", new Region("511827", "宝兴县", Region.Level.county, "511800"));
        REGIONS.put("511500", new Region("511500", "宜宾市", Region.Level.city, "510000"));
        REGIONS.put("511502", new Region("511502", "翠屏区", Region.Level.county, "511500"));
    }

    private static final List<HospitalVersion> HOSPITALS = List.of(h("A", "甲院", "511826", "三级"), h("B", "乙院", "511827", "三级"),
            h("C", "丙院", "511502", "三级"), h("D", "丁院", "511826", "二级"));

    private static HospitalVersion h(String code, String name, String region, String tier) {
        return new HospitalVersion(code, name, region, LocalDate.of(2018, 1, 1), null, tier, "甲", "综合", "公立", "县");
    }

    private static void put(ValueCube cube, String reporter, String element, double v) {
        cube.put(reporter, P.code(), element, new ValueCube.Cell(v, "s", "f.xlsx", "填报表", "E1"));
    }

    private static List<EvaluationRow> evaluate(Target t, ValueCube cube) {
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(ALOS, BOOKING, SPECIALTIES),
                List.of(plan), List.of(t));
        return new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(P);
    }

    private static Target target(String indicator, Target.Kind kind, Target.Scope scope, Target.EvaluateAt at, String condOp,
                                 Double condValue, String op, Double value, String reading) {
        return new Target("K-1", "YA2022", indicator, kind, scope, at, Comparator.of(condOp), condValue, Comparator.of(op), value, null, null, null, 2021,
                null, 2027, "确定", "一、", "原文", reading);
    }

    private static EvaluationRow row(List<EvaluationRow> rows, String entity) {
        return rows.stream().filter(r -> r.entityCode().equals(entity)).findFirst().orElseThrow();
    }

    @Test
    void aShorterStayRanksFirstWhenLowerIsBetter() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "alos", 7.5);
        put(cube, "B", "alos", 8.0);
        put(cube, "C", "alos", 6.0);   // 宜宾: a peer in the province, not in the plan's scope
        put(cube, "D", "alos", 5.0);   // 二级: not a peer of 三级 hospitals
        Target t = target("alos", Target.Kind.rank, Targets.scope(null, "三级"), Target.EvaluateAt.hospital, null, null, "top",
                2.0, null);
        List<EvaluationRow> rows = evaluate(t, cube);
        assertThat(row(rows, "A").status()).isEqualTo(Status.met);
        assertThat(row(rows, "A").evidence()).contains("第 2／3", "前列取前 2 名");
        assertThat(row(rows, "B").status()).isEqualTo(Status.not_met);
        assertThat(row(rows, "B").evidence()).contains("第 3／3");
        assertThat(rows).noneMatch(r -> r.entityCode().equals("C"));
    }

    @Test
    void countiesRankAmongTheProvincesCountiesAndOneWithoutDataIsNotRanked() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "alos", 9.0);
        put(cube, "C", "alos", 6.0);
        Target t = target("alos", Target.Kind.rank, Targets.scope(null, "三级"), Target.EvaluateAt.county, null, null, "top",
                1.0, null);
        List<EvaluationRow> rows = evaluate(t, cube);
        assertThat(row(rows, "511826").evidence()).contains("第 2／2");
        assertThat(row(rows, "511826").status()).isEqualTo(Status.not_met);
        assertThat(row(rows, "511827").status()).isEqualTo(Status.no_data);
        assertThat(row(rows, "511827").evidence()).isEqualTo("缺少报送数据，无法排名");
        assertThat(rows).noneMatch(r -> r.entityCode().equals("511502"));
    }

    @Test
    void aHospitalNamedInTheScopeIsRankedAmongItsPeersEvenOutsideTheirTier() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "alos", 7.5);
        put(cube, "B", "alos", 8.0);
        put(cube, "D", "alos", 7.0);   // 二级, named in the target
        Target t = target("alos", Target.Kind.rank, new Target.Scope(null, "三级", null, null, null, null, List.of("D")),
                Target.EvaluateAt.hospital, null, null, "top", 1.0, null);
        EvaluationRow d = row(evaluate(t, cube), "D");
        assertThat(d.evidence()).contains("第 1／3");
        assertThat(d.status()).isEqualTo(Status.met);
    }

    @Test
    void eachHospitalUnderAShareTargetSaysWhetherItCountsAndWhy() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "booking", 1);
        put(cube, "B", "booking", 0);
        Target t = target("booking", Target.Kind.share, Targets.scope(null, "三级"), Target.EvaluateAt.city, "=", 1.0, ">=", 50.0,
                null);
        List<EvaluationRow> rows = evaluate(t, cube);
        EvaluationRow a = row(rows, "A");
        assertThat(a.status()).isEqualTo(Status.met);
        assertThat(a.targetValue()).isEqualTo(1.0);
        assertThat(a.evidence()).isEqualTo("条件：booking = 1（本院是否计入达标医院比例）");
        assertThat(row(rows, "B").status()).isEqualTo(Status.not_met);
        EvaluationRow city = row(rows, "511800");
        assertThat(city.value()).isEqualTo(50.0);
        assertThat(city.status()).isEqualTo(Status.met);
        assertThat(city.evidence()).isEqualTo("已达到目标；适用医院 2 家，符合条件 1 家；未符合条件：乙院");
        assertThat(city.numerator()).isEqualTo(1.0);
        assertThat(city.denominator()).isEqualTo(2.0);
        // no stated condition: having it (at least one) is the condition; counted in hospitals
        Target count = target("booking", Target.Kind.count, Targets.scope(null, "三级"), Target.EvaluateAt.city, null, null,
                ">=", 1.0, null);
        List<EvaluationRow> counted = evaluate(count, cube);
        assertThat(row(counted, "A").evidence()).isEqualTo("条件：booking ≥ 1（本院是否计入达标医院数）");
        assertThat(row(counted, "511800").value()).isEqualTo(1.0);
        assertThat(row(counted, "511800").status()).isEqualTo(Status.met);
    }

    @Test
    void aShareWhoseHospitalsAllLackDataIsNoData() {
        Target t = target("booking", Target.Kind.share, Targets.scope(null, "三级"), Target.EvaluateAt.city, "=", 1.0, ">=", 50.0,
                null);
        List<EvaluationRow> rows = evaluate(t, new ValueCube());
        EvaluationRow city = row(rows, "511800");
        assertThat(city.status()).isEqualTo(Status.no_data);
        assertThat(city.evidence()).contains("无数据（按未符合计）：甲院、乙院");
        assertThat(row(rows, "A").status()).isEqualTo(Status.no_data);
    }

    @Test
    void aTotalWithoutAReadingIsThisYearsFlow() {
        ValueCube cube = new ValueCube();
        put(cube, "A", "new_specialties", 2);
        cube.put("A", "2025Q4", "new_specialties", new ValueCube.Cell(5, "s", "f.xlsx", "填报表", "E1"));
        Target t = target("new_specialties", Target.Kind.total, Targets.scope(null, null), Target.EvaluateAt.city, null, null,
                ">=", 3.0, null);
        EvaluationRow city = row(evaluate(t, cube), "511800");
        assertThat(city.value()).isEqualTo(2.0);
        assertThat(city.evidence()).doesNotContain("方案期内累计");
        Target cumulative = target("new_specialties", Target.Kind.total, Targets.scope(null, null), Target.EvaluateAt.city, null,
                null, ">=", 3.0, "方案期内累计");
        EvaluationRow sum = row(evaluate(cumulative, cube), "511800");
        assertThat(sum.value()).isEqualTo(7.0);
        assertThat(sum.evidence()).contains("方案期内累计（2022 年至 2026Q4）");
        assertThat(sum.provisional()).isTrue();   // 2022–2024 and three quarters of 2025 and 2026 are missing
    }

    @Test
    void aShareBeforeItsTargetYearFollowsThePathFromItsOwnBaselineYear() {
        ValueCube cube = new ValueCube();
        cube.put("A", "2021Q4", "booking", new ValueCube.Cell(0, "s", "f.xlsx", "填报表", "E1"));
        cube.put("B", "2021Q4", "booking", new ValueCube.Cell(0, "s", "f.xlsx", "填报表", "E1"));
        cube.put("A", "2024Q4", "booking", new ValueCube.Cell(1, "s", "f.xlsx", "填报表", "E1"));
        cube.put("B", "2024Q4", "booking", new ValueCube.Cell(0, "s", "f.xlsx", "填报表", "E1"));
        Target t = target("booking", Target.Kind.share, Targets.scope(null, "三级"), Target.EvaluateAt.city, "=", 1.0, ">=",
                100.0, null);
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(ALOS, BOOKING, SPECIALTIES),
                List.of(plan), List.of(t));
        EvaluationRow city = row(new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(Periods.parse("2024Q4")),
                "511800");
        // from 0 % at the end of 2021 to 100 % at the end of 2027: half way at the end of 2024
        assertThat(city.value()).isEqualTo(50.0);
        assertThat(city.pathValue()).isEqualTo(50.0);
        assertThat(city.status()).isEqualTo(Status.on_track);
        assertThat(city.evidence()).contains("基期 2021 年（0）");
    }
}
