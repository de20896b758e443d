package io.hqd.evaluate.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.OrgUnits;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/** Who answers for a commitment, as printed: each county's own bureau, a named unit, or the region itself. */
class MilestoneUnitsTest {
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, null));
        REGIONS.put("511826", new Region("511826", "芦山县", Region.Level.county, "511800"));
        REGIONS.put("511827", new Region("511827", "宝兴县", Region.Level.county, "511800"));
    }

    private static final OrgUnits ORG = new OrgUnits(REGIONS, List.of(new HospitalVersion("A", "甲院", "511826",
            LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县")));

    private static Target milestone(String code, String region, Target.EvaluateAt at, String responsible) {
        return new Target(code, "YA2022", Target.MILESTONE_INDICATOR, Target.Kind.milestone,
                new Target.Scope(region, null, null, null, null, null, List.of()), at, null, null, null, null, null, null,
                null, null, null, 2027, "确定", "二、", "出台实施细则", null, responsible);
    }

    private static List<MilestoneRow> evaluate(Periods p, Target... targets) {
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(), List.of(plan), List.of(targets));
        return new MilestoneEvaluator(catalog, ORG).evaluate(p, List.of());
    }

    @Test
    void eachCountysBureauAnswersForACommitmentOfAllCounties() {
        List<MilestoneRow> rows = evaluate(Periods.parse("2022Q1"),
                milestone("M-1", null, Target.EvaluateAt.county, "各县（区）卫生健康局"));
        assertThat(rows).extracting(MilestoneRow::entityCode, MilestoneRow::responsible)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("511826", "芦山县卫生健康局"),
                        org.assertj.core.groups.Tuple.tuple("511827", "宝兴县卫生健康局"));
        assertThat(rows).allSatisfy(r -> assertThat(r.entityType()).isEqualTo(EntityType.county));
    }

    @Test
    void aCommitmentOfOneCountyIsThatCountysAndANamedUnitKeepsItsName() {
        List<MilestoneRow> own = evaluate(Periods.parse("2022Q1"), milestone("M-2", "511826", Target.EvaluateAt.county, null));
        assertThat(own).singleElement().satisfies(r -> {
            assertThat(r.entityCode()).isEqualTo("511826");
            assertThat(r.responsible()).isEqualTo("芦山县");
        });
        List<MilestoneRow> named = evaluate(Periods.parse("2022Q1"),
                milestone("M-3", "511826", Target.EvaluateAt.county, "县医共体牵头医院"));
        assertThat(named).singleElement().satisfies(r -> assertThat(r.responsible()).isEqualTo("县医共体牵头医院"));
    }

    @Test
    void aCityCommitmentWithoutANamedUnitIsTheCitysOwn() {
        List<MilestoneRow> rows = evaluate(Periods.parse("2022Q1"), milestone("M-4", null, Target.EvaluateAt.city, null),
                milestone("M-5", null, Target.EvaluateAt.hospital, null));
        assertThat(rows).extracting(MilestoneRow::targetCode, MilestoneRow::entityCode, MilestoneRow::responsible)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("M-4", "511800", "雅安市"),
                        org.assertj.core.groups.Tuple.tuple("M-5", "A", "甲院"));
        assertThat(evaluate(Periods.parse("2021Q4"), milestone("M-4", null, Target.EvaluateAt.city, null))).isEmpty();
    }

    @Test
    void countyWordsReadForTheCounty() {
        Region county = REGIONS.get("511827");
        assertThat(MilestoneEvaluator.countyResponsible(county, null)).isEqualTo("宝兴县");
        assertThat(MilestoneEvaluator.countyResponsible(county, "各县(区)卫生健康局")).isEqualTo("宝兴县卫生健康局");
        assertThat(MilestoneEvaluator.countyResponsible(county, "各区医保局")).isEqualTo("宝兴县医保局");
        assertThat(MilestoneEvaluator.countyResponsible(county, "市卫生健康委")).isEqualTo("市卫生健康委");
    }
}
