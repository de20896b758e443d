package io.hqd.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.CatalogProblem;
import io.hqd.catalog.Target;
import io.hqd.demo.DemoRegistry;
import io.hqd.demo.DemoScope;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.TargetScope;

/**
 * The populations the corrected targets apply to, on the demo registry (the hospitals a county
 * really has: people's, TCM and maternal-and-child hospitals) plus a few hospitals added at the
 * edges of a scope attribute.
 */
class ScopeVocabularyTest {

    private static Catalog catalog;
    private static List<HospitalVersion> registry;
    private static TargetScope scopes;
    private static Map<String, Target> targets;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadBundled();
        registry = new ArrayList<>(DemoRegistry.build(catalog, DemoScope.defaults(LocalDate.of(2026, 11, 29))));
        // Edges the generated registry may not hold: a 三级 hospital in a 雅安 county, 二级 hospitals of each grade.
        registry.add(hospital("HX1", "511822", "三级", "乙", "综合", "县"));   // 荥经县: a county, not 城区
        registry.add(hospital("HX2", "511802", "三级", "乙", "综合", "县"));   // 雨城区: a district, 城区
        registry.add(hospital("HX3", "510402", "二级", "甲", "综合", "县"));
        registry.add(hospital("HX4", "510402", "二级", "乙", "综合", "县"));
        registry.add(hospital("HX5", "510402", "三级", "未定", "综合", "县"));
        registry.add(hospital("HX6", "511500", "三级", "甲", "综合", "市"));   // a city-run general hospital in 宜宾
        registry.add(hospital("HX7", "511800", "一级", "未定", "综合", "市"));   // a city-run 一级 hospital in 雅安
        registry.add(hospital("HX8", "511523", "一级", "未定", "综合", "县"));   // a county-run 一级 hospital in 宜宾 江安县
        scopes = new TargetScope(new OrgUnits(catalog.regionsByCode(), registry));
        targets = catalog.targets().stream().collect(Collectors.toMap(Target::targetCode, Function.identity()));
    }

    private static HospitalVersion hospital(String code, String region, String tier, String grade, String type, String admin) {
        return new HospitalVersion(code, code, region, DemoRegistry.SINCE, null, tier, grade, type, "公立", admin);
    }

    private static boolean in(String target, String hospital) {
        Target t = targets.get(target);
        String region = TargetScope.region(t, catalog.plansByCode().get(t.planCode()));
        HospitalVersion h = registry.stream().filter(v -> v.code().equals(hospital)).findFirst().orElseThrow(
                () -> new AssertionError(hospital + " is not in the registry"));
        return scopes.applies(t.scope(), region, h);
    }

    /** 县医院 is the county general hospital: a county's TCM and maternal-and-child hospitals are not in the 100%. */
    @Test
    void countyHospitalMeansTheCountyGeneralHospital() {
        for (String target : List.of("YA2022-11", "YA2022-12")) {
            assertThat(in(target, "H51182211")).as(target + " 荥经县人民医院").isTrue();
            assertThat(in(target, "H51182212")).as(target + " 荥经县中医医院").isFalse();
            assertThat(in(target, "H51182213")).as(target + " 荥经县妇幼保健院").isFalse();
            assertThat(in(target, "H51180001")).as(target + " 雅安市人民医院 is city-run").isFalse();
        }
        // PZH14-96 "60%的县医院达到…推荐标准", beside PZH14-95 "80%的县级医院" (every county-run hospital)
        assertThat(in("PZH14-96", "H51042111")).as("PZH14-96 米易县人民医院").isTrue();
        assertThat(in("PZH14-96", "H51042112")).as("PZH14-96 米易县中医医院").isFalse();
        assertThat(in("PZH14-95", "H51042112")).as("PZH14-95 米易县中医医院").isTrue();
    }

    /** "县(区)人民医院和中医医院": both, and nothing else. */
    @Test
    void peoplesAndTcmHospitalsOfTheCountiesTogether() {
        for (String target : List.of("YB-P3-09", "YB-P3-10")) {
            assertThat(in(target, "H51152311")).as(target + " 江安县人民医院").isTrue();
            assertThat(in(target, "H51152312")).as(target + " 江安县中医医院").isTrue();
            assertThat(in(target, "H51152313")).as(target + " 江安县妇幼保健院").isFalse();
            assertThat(in(target, "H51150003")).as(target + " 市中医医院 is city-run").isFalse();
        }
    }

    @Test
    void yibinCityTcmHospitalIsInTheCmiAndSurgeryTargets() {
        for (String target : List.of("YB-P3-01", "YB-P3-02", "YB-P3-03")) {
            assertThat(in(target, "H51150003")).as(target).isTrue();
            assertThat(in(target, "H51150001")).as(target).isTrue();
            assertThat(in(target, "H51150002")).as(target).isTrue();
            assertThat(in(target, "H51150004")).as(target + " 市四医院 (psychiatric)").isFalse();
            assertThat(in(target, "HX6")).as(target + " an unnamed city hospital").isFalse();
        }
    }

    /** 城区: city-run hospitals and those in districts; a 三级 hospital in a county is not. */
    @Test
    void urbanAreaIsCityRunAndDistrictHospitals() {
        assertThat(in("YA2022-16", "H51180001")).as("雅安市人民医院").isTrue();
        assertThat(in("YA2022-16", "HX2")).as("三级 in 雨城区").isTrue();
        assertThat(in("YA2022-16", "HX1")).as("三级 in 荥经县").isFalse();
    }

    /** 二级甲等以上: tier and grade together. */
    @Test
    void grade2aOrAboveReadsTierAndGradeTogether() {
        assertThat(in("PZH14-46", "HX3")).as("二级甲等").isTrue();
        assertThat(in("PZH14-46", "HX4")).as("二级乙等").isFalse();
        assertThat(in("PZH14-46", "HX5")).as("三级未定等").isTrue();
        assertThat(in("PZH14-46", "H51040001")).as("三级甲等").isTrue();
    }

    /** 雅安 CMI etc.: 三级甲等 get the first value, other 三级 the second; no 二级 hospital is held to either. */
    @Test
    void yaanCmiGroupsAreGrade3aAndOtherTier3() {
        assertThat(in("YA2022-01", "H51180001")).isTrue();
        assertThat(in("YA2022-02", "H51180001")).isFalse();
        assertThat(in("YA2022-02", "HX1")).isTrue();
        assertThat(in("YA2022-01", "HX1")).isFalse();
        HospitalVersion tier2 = registry.stream().filter(h -> h.regionCode().startsWith("5118") && h.tier().equals("二级"))
                .findFirst().orElseThrow();
        assertThat(in("YA2022-02", tier2.code())).as(tier2.name()).isFalse();
    }

    /** 武汉 建设目标: the four totals of one passage are all the 17 hospitals of the 特色化 list (one reading). */
    @Test
    void wuhanSpecialtyAndTalentTotalsAllCountTheListedHospitals() {
        HospitalVersion district = registry.stream().filter(h -> h.regionCode().startsWith("4201") && !h.regionCode().equals("420100"))
                .findFirst().orElseThrow();
        for (String target : List.of("WH-P4-01", "WH-P4-02", "WH-P4-03", "WH-P4-04")) {
            assertThat(targets.get(target).scope().hospitals()).as(target).hasSize(17);
            assertThat(in(target, "H42010001")).as(target + " 武汉市第一医院").isTrue();
            assertThat(in(target, "H42010017")).as(target + " 武汉亚洲心脏病医院 (listed, private)").isTrue();
            assertThat(in(target, district.code())).as(target + " " + district.name() + " is not on the list").isFalse();
            assertThat(targets.get(target).reading()).as(target).contains("17家特色化建设医院", "备选读法");
        }
    }

    /** 党委书记、院长分设: 二级及以上公立医院 (YA2022-40) and 市属公立医院 of any tier (YA2022-60). */
    @Test
    void secretaryAndPresidentSeparateCoversCityRunHospitalsOfAnyTier() {
        assertThat(in("YA2022-60", "HX7")).as("市属一级").isTrue();
        assertThat(in("YA2022-40", "HX7")).as("市属一级 is below 二级").isFalse();
        assertThat(in("YA2022-60", "H51180002")).as("雅安市中医医院").isTrue();
        assertThat(in("YA2022-40", "H51182212")).as("荥经县中医医院 (二级, county-run)").isTrue();
        assertThat(in("YA2022-60", "H51182212")).as("荥经县中医医院 is county-run").isFalse();
        assertThat(in("YA2022-60", "H51150001")).as("宜宾's city hospital is outside 雅安").isFalse();
    }

    /** YB-P3-55 "各医疗机构…制定年度任务清单" is narrowed to 二级及以上公立医院, and says so. */
    @Test
    void yibinYearlyTaskListIsNarrowedToPublicTier2AndAboveAndSaysSo() {
        assertThat(in("YB-P3-55", "H51152311")).as("江安县人民医院").isTrue();
        assertThat(in("YB-P3-55", "H51150004")).as("市四医院").isTrue();
        assertThat(in("YB-P3-55", "HX8")).as("一级 is left out").isFalse();
        assertThat(targets.get("YB-P3-55").reading()).contains("各医疗机构", "收窄", "备选读法");
    }

    @Test
    void everyBundledScopeMatchesAHospitalInTheDemoRegistry() {
        List<HospitalVersion> demo = DemoRegistry.build(catalog, DemoScope.defaults(LocalDate.of(2026, 11, 29)));
        assertThat(RegistryScopeCheck.emptyScopes(catalog, demo, "(内置)")).isEmpty();
    }

    @Test
    void aScopeMatchingNoHospitalIsRejectedWithItsLine() {
        Target ya11 = targets.get("YA2022-11");
        Target.Scope none = new Target.Scope(ya11.scope().region(), "三级", null, "妇幼", "公立", "县", List.of(), "城区");
        List<Target> edited = catalog.targets().stream()
                .map(t -> t == ya11 ? withScope(t, none) : t).toList();
        Catalog broken = new Catalog(catalog.regions(), catalog.namedHospitals(), catalog.indicators(), catalog.plans(), edited);
        List<HospitalVersion> demo = DemoRegistry.build(catalog, DemoScope.defaults(LocalDate.of(2026, 11, 29)));
        List<CatalogProblem> problems = RegistryScopeCheck.emptyScopes(broken, demo, "dir");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(catalog.targets().indexOf(ya11) + 2L);
            assertThat(p.message()).contains("YA2022-11", "妇幼", "城区", "没有任何医院");
        });
    }

    private static Target withScope(Target t, Target.Scope s) {
        return new Target(t.targetCode(), t.planCode(), t.indicator(), t.kind(), s, t.evaluateAt(), t.conditionOp(),
                t.conditionValue(), t.op(), t.value(), t.valueHigh(), t.tolerance(), t.deadline(), t.baselineYear(),
                t.baselineValue(), t.targetYear(), t.nature(), t.clause(), t.quote(), t.reading(), t.responsible());
    }
}
