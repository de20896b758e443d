package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;

/** Which hospitals a target applies to: each scope attribute on its own, at its edges. */
class TargetScopeTest {
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511801", new Region("511801", "第一区", Region.Level.county, "511800"));   // district: 01
        REGIONS.put("511820", new Region("511820", "第二十区", Region.Level.county, "511800"));  // district: 20
        REGIONS.put("511821", new Region("511821", "第一县", Region.Level.county, "511800"));   // county: 21
        REGIONS.put("511800X", new Region("511800X", "县级市", Region.Level.county, "511800"));
        REGIONS.put("511500", new Region("511500", "宜宾市", Region.Level.city, "510000"));
    }

    private static final OrgUnits ORG = new OrgUnits(REGIONS, List.of());
    private static final TargetScope SCOPES = new TargetScope(ORG);

    private static HospitalVersion h(String region, String tier, String grade, String type, String ownership, String level) {
        return new HospitalVersion("H", "医院", region, LocalDate.of(2018, 1, 1), null, tier, grade, type, ownership, level);
    }

    private static final HospitalVersion COUNTY_GENERAL = h("511821", "二级", "甲", "综合", "公立", "县");

    private static boolean applies(Target.Scope s, HospitalVersion h) {
        return SCOPES.applies(s, "511800", h);
    }

    private static Target.Scope scope(String tier, String grade, String type, String ownership, String level, String area) {
        return new Target.Scope(null, tier, grade, type, ownership, level, List.of(), area);
    }

    @Test
    void aBlankScopeTakesEveryHospitalOfTheRegionAndNoneOutsideIt() {
        Target.Scope all = scope(null, null, null, null, null, null);
        assertThat(applies(all, COUNTY_GENERAL)).isTrue();
        assertThat(applies(all, h("511500", "二级", "甲", "综合", "公立", "县"))).isFalse();
        assertThat(SCOPES.applies(all, "511821", COUNTY_GENERAL)).isTrue();
        assertThat(SCOPES.applies(all, "511801", COUNTY_GENERAL)).isFalse();
    }

    @Test
    void tierWordsTwoLevelAndAboveAndTwoLevelGradeAAndAbove() {
        Target.Scope twoUp = scope("二级以上", null, null, null, null, null);
        assertThat(applies(twoUp, h("511821", "二级", "乙", "综合", "公立", "县"))).isTrue();
        assertThat(applies(twoUp, h("511821", "三级", "乙", "综合", "公立", "县"))).isTrue();
        assertThat(applies(twoUp, h("511821", "一级", "甲", "综合", "公立", "县"))).isFalse();
        Target.Scope twoA = scope("二级甲等以上", null, null, null, null, null);
        assertThat(applies(twoA, h("511821", "三级", "乙", "综合", "公立", "县"))).isTrue();
        assertThat(applies(twoA, h("511821", "二级", "甲", "综合", "公立", "县"))).isTrue();
        assertThat(applies(twoA, h("511821", "二级", "乙", "综合", "公立", "县"))).isFalse();
        assertThat(applies(twoA, h("511821", "一级", "甲", "综合", "公立", "县"))).isFalse();
        Target.Scope three = scope("三级", null, null, null, null, null);
        assertThat(applies(three, h("511821", "三级", "甲", "综合", "公立", "县"))).isTrue();
        assertThat(applies(three, COUNTY_GENERAL)).isFalse();
    }

    @Test
    void gradeTypeOwnershipAndAdministrativeLevelEachNarrowTheScope() {
        assertThat(applies(scope(null, "甲", null, null, null, null), COUNTY_GENERAL)).isTrue();
        assertThat(applies(scope(null, "乙", null, null, null, null), COUNTY_GENERAL)).isFalse();
        // "县(区)人民医院和中医医院": either type
        Target.Scope generalOrTcm = scope(null, null, "综合|中医", null, null, null);
        assertThat(applies(generalOrTcm, COUNTY_GENERAL)).isTrue();
        assertThat(applies(generalOrTcm, h("511821", "二级", "甲", "中医", "公立", "县"))).isTrue();
        assertThat(applies(generalOrTcm, h("511821", "二级", "甲", "妇幼", "公立", "县"))).isFalse();
        assertThat(applies(scope(null, null, null, "公立", null, null), COUNTY_GENERAL)).isTrue();
        assertThat(applies(scope(null, null, null, "公立", null, null), h("511821", "二级", "甲", "综合", "民营", "县"))).isFalse();
        assertThat(applies(scope(null, null, null, null, "县", null), COUNTY_GENERAL)).isTrue();
        assertThat(applies(scope(null, null, null, null, "市", null), COUNTY_GENERAL)).isFalse();
    }

    @Test
    void urbanMeansCityRunOrInADistrictCodedOneToTwenty() {
        Target.Scope urban = scope(null, null, null, null, null, "城区");
        Target.Scope county = scope(null, null, null, null, null, "县");
        HospitalVersion cityRun = h("511800", "三级", "甲", "综合", "公立", "市");
        HospitalVersion district1 = h("511801", "二级", "甲", "综合", "公立", "县");
        HospitalVersion district20 = h("511820", "二级", "甲", "综合", "公立", "县");
        assertThat(applies(urban, cityRun)).isTrue();
        assertThat(applies(urban, district1)).isTrue();
        assertThat(applies(urban, district20)).isTrue();
        assertThat(applies(urban, COUNTY_GENERAL)).isFalse();     // 21: a county
        assertThat(applies(county, COUNTY_GENERAL)).isTrue();
        assertThat(applies(county, district20)).isFalse();
        assertThat(applies(county, cityRun)).isFalse();
        assertThat(SCOPES.isUrban(h("510000", "三级", "甲", "综合", "公立", "省"))).isFalse();   // province-run
        assertThat(SCOPES.isUrban(h("999999", "三级", "甲", "综合", "公立", "省"))).isFalse();   // unknown region
    }

    @Test
    void aNamedListOfHospitalsIsTheWholeScope() {
        Target.Scope named = new Target.Scope(null, "三级", null, null, null, null, List.of("H"));
        // named hospitals apply even outside the region and whatever their attributes
        assertThat(SCOPES.applies(named, "511500", COUNTY_GENERAL)).isTrue();
        Target.Scope other = new Target.Scope(null, null, null, null, null, null, List.of("H2"));
        assertThat(applies(other, COUNTY_GENERAL)).isFalse();
    }

    @Test
    void theScopeRegionIsTheTargetsOwnElseThePlansJurisdiction() {
        Plan plan = new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt");
        Target own = Targets.target("T", "x", Target.Kind.each, Targets.scope("511821", null), Target.EvaluateAt.hospital,
                null, null, ">=", 1.0, null, null, null, 2021, 2025);
        Target none = Targets.target("T", "x", Target.Kind.each, Targets.scope(null, null), Target.EvaluateAt.hospital,
                null, null, ">=", 1.0, null, null, null, 2021, 2025);
        assertThat(TargetScope.region(own, plan)).isEqualTo("511821");
        assertThat(TargetScope.region(none, plan)).isEqualTo("511800");
    }

    @Test
    void aCountyScopeJudgedAtCityLevelIsJudgedAsItself() {
        HospitalVersion a = new HospitalVersion("A", "甲院", "511821", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县");
        HospitalVersion b = new HospitalVersion("B", "乙院", "511801", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县");
        List<Entity> self = SCOPES.regions(Region.Level.city, "511821", List.of(a, b));
        assertThat(self).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("511821");
            assertThat(e.type()).isEqualTo(EntityType.county);
            assertThat(e.hospitals()).containsExactly(a);
        });
        assertThat(SCOPES.regions(Region.Level.city, "000000", List.of(a))).isEmpty();
        List<Entity> counties = SCOPES.regions(Region.Level.county, "511800", List.of(a, b));
        assertThat(counties).extracting(Entity::code).containsExactly("511801", "511820", "511821", "511800X");
        assertThat(counties.get(0).hospitals()).containsExactly(b);
        assertThat(counties.get(1).hospitals()).isEmpty();
    }

    @Test
    void hospitalTargetsRollUpToTheirCountyAndCity() {
        HospitalVersion a = new HospitalVersion("A", "甲院", "511821", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县");
        HospitalVersion b = new HospitalVersion("B", "乙院", "511800", LocalDate.of(2018, 1, 1), null, "三级", "甲", "综合", "公立", "市");
        List<Entity> up = SCOPES.rollUps(List.of(a, b));
        assertThat(up).extracting(Entity::code).containsExactly("511821", "511800");
        assertThat(up.get(0).type()).isEqualTo(EntityType.county);
        assertThat(up.get(0).name()).isEqualTo("第一县");
        assertThat(up.get(0).hospitals()).containsExactly(a);
        assertThat(up.get(1).type()).isEqualTo(EntityType.city);
        assertThat(up.get(1).hospitals()).containsExactly(a, b);   // a city-run hospital has no county
    }
}
