package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Share, count, total, region-rate and rank targets over a small in-memory city. */
class EvaluatorTest {
    private static final Periods P = Periods.parse("2025Q4");

    private static final Indicator BOOKING = flag("timed_booking");
    private static final Indicator INTERNET = flag("internet_hospital");
    private static final Indicator SPECIALTIES = Targets.element("key_specialties", Indicator.Aggregation.sum, Indicator.PeriodAggregation.latest);
    private static final Indicator DOCTORS = regionElement("doctors_per_1000");

    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511802", new Region("511802", "雨城区", Region.Level.county, "511800"));
        REGIONS.put("511803", new Region("511803", "名山区", Region.Level.county, "511800"));
        REGIONS.put("511500", new Region("511500", "宜宾市", Region.Level.city, "510000"));
    }

    private static final List<HospitalVersion> HOSPITALS = List.of(
            h("H1", "雅安市人民医院", "511800", "三级"), h("H2", "雨城区人民医院", "511802", "二级"),
            h("H3", "雨城区中医医院", "511802", "二级"), h("H4", "名山区人民医院", "511803", "二级"),
            h("H5", "宜宾市第一人民医院", "511500", "三级"));

    private static HospitalVersion h(String code, String name, String region, String tier) {
        return new HospitalVersion(code, name, region, LocalDate.of(2018, 1, 1), null, tier, "甲", "综合", "公立", "县");
    }

    private static Indicator flag(String code) {
        return Targets.element(code, Indicator.Aggregation.flag, Indicator.PeriodAggregation.latest);
    }

    private static Indicator regionElement(String code) {
        return new Indicator(code, Indicator.Kind.element, code, List.of(), "人", Indicator.Level.region, null, null, 1,
                Indicator.Direction.higher, Indicator.Aggregation.average, Indicator.PeriodAggregation.latest, 2, "", "",
                null, null, false, "");
    }

    private static Target target(String code, String indicator, Target.Kind kind, String tier, Target.EvaluateAt at,
                                 String condOp, Double condValue, String op, Double value, Double high) {
        return Targets.target(code, indicator, kind, Targets.scope(null, tier), at, condOp, condValue, op, value, high,
                null, null, 2021, 2025);
    }

    private static List<EvaluationRow> evaluate(Target t, ValueCube cube) {
        Plan plan = new Plan("YA2022", "雅安方案", "雅安市人民政府办公室", "雅办发〔2022〕66号", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(BOOKING, INTERNET, SPECIALTIES, DOCTORS),
                List.of(plan), List.of(t));
        return new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), cube).evaluate(P);
    }

    private static ValueCube cube(Object... reporterElementValue) {
        ValueCube cube = new ValueCube();
        for (int i = 0; i < reporterElementValue.length; i += 3) {
            cube.put((String) reporterElementValue[i], P.code(), (String) reporterElementValue[i + 1],
                    new ValueCube.Cell(((Number) reporterElementValue[i + 2]).doubleValue(), "s", "f.xlsx", "填报表", "E9"));
        }
        return cube;
    }

    private static EvaluationRow row(List<EvaluationRow> rows, String entity) {
        return rows.stream().filter(r -> r.entityCode().equals(entity)).findFirst().orElseThrow();
    }

    @Test
    void shareOfHospitalsNamesTheHospitalsThatMissTheCondition() {
        // "60%二级公立医院推行分时段预约诊疗": 雅安 has three 二级 hospitals; two have it, one does not.
        Target t = target("S-1", "timed_booking", Target.Kind.share, "二级", Target.EvaluateAt.city, "=", 1.0, ">=", 60.0, null);
        var rows = evaluate(t, cube("H2", "timed_booking", 1, "H3", "timed_booking", 1, "H4", "timed_booking", 0));
        EvaluationRow city = row(rows, "511800");
        assertThat(city.value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(city.status()).isEqualTo(Status.met);
        assertThat(city.evidence()).contains("未符合条件：名山区人民医院").doesNotContain("雨城区中医医院、");
        assertThat(row(rows, "H4").status()).isEqualTo(Status.not_met);
        assertThat(row(rows, "H2").status()).isEqualTo(Status.met);
        assertThat(rows).noneMatch(r -> r.entityCode().equals("H1"));   // 三级: not in scope
    }

    @Test
    void hospitalsWithoutDataCountAgainstTheShareAndMakeItProvisional() {
        Target t = target("S-2", "timed_booking", Target.Kind.share, "二级", Target.EvaluateAt.city, "=", 1.0, ">=", 60.0, null);
        EvaluationRow city = row(evaluate(t, cube("H2", "timed_booking", 1, "H3", "timed_booking", 0)), "511800");
        assertThat(city.value()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(city.status()).isEqualTo(Status.not_met);   // 2025Q4 is the target year's end
        assertThat(city.provisional()).isTrue();
        assertThat(city.evidence()).contains("无数据（按未符合计）：名山区人民医院");
    }

    @Test
    void countOfHospitalsWithACapability() {
        // "建成3家以上互联网医院".
        Target t = target("C-1", "internet_hospital", Target.Kind.count, null, Target.EvaluateAt.city, null, null, ">=", 3.0, null);
        var rows = evaluate(t, cube("H1", "internet_hospital", 1, "H2", "internet_hospital", 1, "H3", "internet_hospital", 0));
        EvaluationRow city = row(rows, "511800");
        assertThat(city.value()).isEqualTo(2.0);
        assertThat(city.status()).isEqualTo(Status.not_met);
    }

    @Test
    void totalOverARegionAddsUpTheHospitalsAndARangeHasAFloorAndAStretch() {
        Target total = target("N-1", "key_specialties", Target.Kind.total, null, Target.EvaluateAt.city, null, null, ">=", 25.0, null);
        var cube = cube("H1", "key_specialties", 12, "H2", "key_specialties", 8, "H3", "key_specialties", 4, "H4", "key_specialties", 2);
        assertThat(row(evaluate(total, cube), "511800").value()).isEqualTo(26.0);
        assertThat(row(evaluate(total, cube), "511800").status()).isEqualTo(Status.met);
        Target range = target("N-2", "key_specialties", Target.Kind.range, null, Target.EvaluateAt.county, null, null, ">=", 3.0, 5.0);
        var rows = evaluate(range, cube);
        assertThat(row(rows, "511802").value()).isEqualTo(12.0);
        assertThat(row(rows, "511802").evidence()).contains("力争值");
        assertThat(row(rows, "511803").status()).isEqualTo(Status.not_met);
    }

    @Test
    void regionRateUsesTheBureausOwnReportElseItsChildren() {
        Target t = target("R-1", "doctors_per_1000", Target.Kind.region_rate, null, Target.EvaluateAt.city, null, null, ">=", 3.2, null);
        EvaluationRow own = row(evaluate(t, cube("511800", "doctors_per_1000", 3.3, "511802", "doctors_per_1000", 1.0)), "511800");
        assertThat(own.value()).isEqualTo(3.3);
        assertThat(own.status()).isEqualTo(Status.met);
        EvaluationRow children = row(evaluate(t, cube("511802", "doctors_per_1000", 3.0, "511803", "doctors_per_1000", 2.0)), "511800");
        assertThat(children.value()).isEqualTo(2.5);
        assertThat(children.status()).isEqualTo(Status.not_met);
    }

    @Test
    void rankIsAmongTheProvincesHospitalsHqdHoldsDataFor() {
        Target t = target("K-1", "key_specialties", Target.Kind.rank, "三级", Target.EvaluateAt.hospital, null, null, "top", 1.0, null);
        var rows = evaluate(t, cube("H1", "key_specialties", 12, "H5", "key_specialties", 20));
        EvaluationRow yaan = row(rows, "H1");
        assertThat(yaan.status()).isEqualTo(Status.not_met);
        assertThat(yaan.evidence()).contains("第 2／2").contains("系统仅能在其掌握的数据内排名");
        assertThat(rows).noneMatch(r -> r.entityCode().equals("H5"));   // 宜宾 is a peer, not in the plan's scope
    }

    @Test
    void anIndicatorNotDefinedInTheYearIsNotApplicable() {
        Indicator old = new Indicator("old_ratio", Indicator.Kind.element, "旧口径", List.of(), "%", Indicator.Level.hospital,
                null, null, 1, Indicator.Direction.higher, Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum, 2,
                "", "2019版", null, 2020, false, "");
        Target t = target("X-1", "old_ratio", Target.Kind.each, "三级", Target.EvaluateAt.hospital, null, null, ">=", 1.0, null);
        Plan plan = new Plan("YA2022", "雅安方案", "x", "雅办发〔2022〕66号", "511800", null, 2022, 2027, "001.txt");
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), List.of(old), List.of(plan), List.of(t));
        var rows = new Evaluator(catalog, new OrgUnits(REGIONS, HOSPITALS), new ValueCube()).evaluate(P);
        assertThat(rows).isNotEmpty().allMatch(r -> r.status() == Status.not_applicable);
        assertThat(rows.get(0).evidence()).contains("2025 年不适用");
    }
}
