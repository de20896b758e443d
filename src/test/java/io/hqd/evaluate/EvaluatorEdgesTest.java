package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * What every kind shares: a plan is judged from its first year on (不适用 before), a target nobody is in scope
 * for says so rather than printing nothing, and a run limited to a region touches only that region's rows.
 */
class EvaluatorEdgesTest {
    private static final Indicator BEDS = Targets.element("beds", Indicator.Aggregation.sum, Indicator.PeriodAggregation.latest);
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511826", new Region("511826", "芦山县", Region.Level.county, "511800"));
        REGIONS.put("511827", new Region("511827", "宝兴县", Region.Level.county, "511800"));
    }

    private static final HospitalVersion A = new HospitalVersion("A", "甲院", "511826", LocalDate.of(2018, 1, 1), null, "二级",
            "甲", "综合", "公立", "县");
    private static final HospitalVersion B = new HospitalVersion("B", "乙院", "511827", LocalDate.of(2018, 1, 1), null, "二级",
            "甲", "综合", "公立", "县");
    private static final OrgUnits ORG = new OrgUnits(REGIONS, List.of(A, B));

    private static Target target(String region, String tier) {
        return new Target("E-1", "YA2022", "beds", Target.Kind.each, Targets.scope(region, tier), Target.EvaluateAt.hospital,
                null, null, Comparator.at_least, 100.0, null, null, null, 2021, null, 2027, "确定", "一、", "原文", null);
    }

    private static Evaluator evaluator(Target t, ValueCube cube) {
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        return new Evaluator(new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(BEDS), List.of(plan), List.of(t)),
                ORG, cube);
    }

    @Test
    void aPlanIsJudgedFromItsFirstYearOn() {
        ValueCube cube = new ValueCube();
        cube.put("A", "2021Q4", "beds", new ValueCube.Cell(120, "s", "f.xlsx", "填报表", "E1"));
        cube.put("A", "2022Q1", "beds", new ValueCube.Cell(120, "s", "f.xlsx", "填报表", "E1"));
        Target t = target(null, null);
        List<EvaluationRow> before = evaluator(t, cube).evaluate(t, Periods.parse("2021Q4"));
        assertThat(before).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.not_applicable);
            assertThat(r.evidence()).isEqualTo("规划自 2022 年起实施");
            assertThat(r.value()).isNull();
        });
        List<EvaluationRow> first = evaluator(t, cube).evaluate(t, Periods.parse("2022Q1"));
        assertThat(first).filteredOn(r -> r.entityCode().equals("A")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Status.met));
        // a hospital that has not reported is waited for: no data, and provisional
        assertThat(first).filteredOn(r -> r.entityCode().equals("B")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.no_data);
            assertThat(r.provisional()).isTrue();
        });
    }

    @Test
    void aTargetNobodyIsInScopeForSaysSoForItsRegion() {
        Target none = target("511826", "三级");
        List<EvaluationRow> rows = evaluator(none, new ValueCube()).evaluate(Periods.parse("2026Q3"));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.entityType()).isEqualTo(EntityType.county);
            assertThat(r.entityCode()).isEqualTo("511826");
            assertThat(r.entityName()).isEqualTo("芦山县");
            assertThat(r.status()).isEqualTo(Status.no_data);
            assertThat(r.evidence()).isEqualTo("登记表中没有该目标适用的医院");
            assertThat(r.targetValue()).isEqualTo(100.0);
            assertThat(r.provisional()).as("nobody to wait for").isFalse();
        });
        Target unknown = target("999999", null);
        assertThat(evaluator(unknown, new ValueCube()).evaluate(Periods.parse("2026Q3"))).singleElement().satisfies(r -> {
            assertThat(r.entityType()).isEqualTo(EntityType.city);
            assertThat(r.entityName()).isEqualTo("999999");
        });
    }

    @Test
    void aRunLimitedToACountyTouchesOnlyItsRegionsAndHospitals() {
        Set<String> codes = RunScope.entityCodes(ORG, "511826", List.of(A, B));
        assertThat(codes).containsExactlyInAnyOrder("511826", "A");
        assertThat(RunScope.entityCodes(ORG, "511800", List.of(A, B))).containsExactlyInAnyOrder("511800", "511826", "511827", "A", "B");
        assertThat(RunScope.entityCodes(ORG, null, List.of(A, B))).isNull();
        List<String> rows = List.of("A", "B", "511826", "511800");
        assertThat(RunScope.keep(rows, codes, r -> r)).containsExactly("A", "511826");
        assertThat(RunScope.keep(rows, null, r -> r)).isEqualTo(rows);
    }
}
