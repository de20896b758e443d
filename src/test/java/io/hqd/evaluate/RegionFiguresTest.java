package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * Figures reported by bureaus, and the aggregation rules for groups: a region's own report first, else its
 * children's (descending where a child has none); levels are averaged, sums added, yes/no flags become a share,
 * ratios are ratios of sums; a stock half needs its latest quarter.
 */
class RegionFiguresTest {
    private static final Periods Q3 = Periods.parse("2026Q3");
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("510000", new Region("510000", "四川省", Region.Level.province, null));
        REGIONS.put("511800", new Region("511800", "雅安市", Region.Level.city, "510000"));
        REGIONS.put("511500", new Region("511500", "宜宾市", Region.Level.city, "510000"));
        REGIONS.put("511502", new Region("511502", "翠屏区", Region.Level.county, "511500"));
        REGIONS.put("511503", new Region("511503", "南溪区", Region.Level.county, "511500"));
    }

    private static final Indicator DOCTORS = regional("doctors_per_1000", Indicator.Aggregation.average, Indicator.PeriodAggregation.latest);
    private static final Indicator FUND = regional("fund", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator BEDS = Targets.element("beds", Indicator.Aggregation.average, Indicator.PeriodAggregation.latest);
    private static final Indicator DISCHARGES = Targets.element("discharges", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator BEDS_PER_DISCHARGE = Targets.ratio("beds_per_100", "beds", "discharges", 100, Indicator.Direction.higher);
    private static final Indicator STOCK_SHARE = Targets.ratio("stock_share", "beds", "staff", 100, Indicator.Direction.higher);
    private static final Indicator STAFF = Targets.element("staff", Indicator.Aggregation.sum, Indicator.PeriodAggregation.latest);
    private static final Indicator SCALED = new Indicator("scaled", Indicator.Kind.indicator, "scaled", List.of(), "%",
            Indicator.Level.hospital, "discharges", null, 100, Indicator.Direction.higher, Indicator.Aggregation.sum,
            Indicator.PeriodAggregation.sum, 2, "", "", null, null, false, "");
    private static final Catalog CATALOG = new Catalog(List.copyOf(REGIONS.values()), List.of(),
            List.of(DOCTORS, FUND, BEDS, DISCHARGES, BEDS_PER_DISCHARGE, STOCK_SHARE, STAFF, SCALED), List.of(), List.of());

    private static final HospitalVersion H1 = hospital("H1");
    private static final HospitalVersion H2 = hospital("H2");

    private static Indicator regional(String code, Indicator.Aggregation agg, Indicator.PeriodAggregation periodAgg) {
        return new Indicator(code, Indicator.Kind.element, code, List.of(), "", Indicator.Level.region, null, null, 1,
                Indicator.Direction.higher, agg, periodAgg, 2, "", "", null, null, false, "");
    }

    private static HospitalVersion hospital(String code) {
        return new HospitalVersion(code, code, "511502", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县");
    }

    private static void put(ValueCube cube, String reporter, String period, String element, double v) {
        cube.put(reporter, period, element, new ValueCube.Cell(v, "s", "f.xlsx", "填报表", "E5"));
    }

    private static IndicatorCalculator calc(ValueCube cube) {
        return new IndicatorCalculator(CATALOG, cube, new OrgUnits(REGIONS, List.of(H1, H2)));
    }

    @Test
    void aRegionsOwnReportComesFirstElseItsChildrenDescendingWhereAChildHasNone() {
        ValueCube cube = new ValueCube();
        put(cube, "511800", "2026Q3", "doctors_per_1000", 3.0);   // 雅安 reports itself
        put(cube, "511502", "2026Q3", "doctors_per_1000", 2.0);   // 宜宾 does not: its districts do
        put(cube, "511503", "2026Q3", "doctors_per_1000", 4.0);
        IndicatorCalculator calc = calc(cube);
        assertThat(calc.forRegion(DOCTORS, "511800", Q3).value()).isEqualTo(3.0);
        assertThat(calc.forRegion(DOCTORS, "511500", Q3).value()).isEqualTo(3.0);   // mean of 2 and 4
        assertThat(calc.regionReporters(DOCTORS, "511500", Q3)).containsExactly("511502", "511503");
        // the province: 雅安's own report and 宜宾's districts (宜宾 reported nothing this year)
        assertThat(calc.regionReporters(DOCTORS, "510000", Q3)).containsExactly("511800", "511502", "511503");
        assertThat(calc.forRegion(DOCTORS, "510000", Q3).value()).isEqualTo(3.0);
        assertThat(calc.regionReporters(DOCTORS, "511800", Q3)).containsExactly("511800");
        // a district without children and without a report is its own (missing) reporter
        Measure none = calc.forRegion(DOCTORS, "511502", Periods.parse("2025Q3"));
        assertThat(none.hasValue()).isFalse();
        assertThat(none.expected()).isEqualTo(1);
    }

    @Test
    void aRegionFigureBuiltFromItsChildrensReportsIsTracedToTheChildrensCells() {
        ValueCube cube = new ValueCube();
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "511502", q, "fund", 10);   // 宜宾 reports nothing itself: its two districts do
            put(cube, "511503", q, "fund", 5);
        }
        Target t = Targets.target("F-1", "fund", Target.Kind.total, Targets.scope("511500", null), Target.EvaluateAt.city,
                null, null, ">=", 1.0, null, null, null, null, 2027);
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), CATALOG.indicators(), List.of(), List.of(t));
        OrgUnits org = new OrgUnits(REGIONS, List.of(H1, H2));
        IndicatorValues.Computed c = new IndicatorValues(catalog, org, cube).computeWithLineage(Q3, "R1");
        var city = c.values().stream().filter(v -> v.entityCode().equals("511500")).findFirst().orElseThrow();
        assertThat(city.entityType()).isEqualTo(EntityType.city);
        assertThat(city.numerator()).isEqualTo(45.0);
        // the city writes no lineage of its own; it records the reporters it was built from (marts.figure_reporter),
        // whose rows — read by `hqd trace` and the workbook — hold every cell it used
        List<String> reporters = c.reporters().stream().filter(r -> r.entityCode().equals("511500"))
                .map(r -> r.reporterCode()).toList();
        assertThat(reporters).containsExactly("511502", "511503")
                .isEqualTo(new IndicatorCalculator(catalog, cube, org).regionReporters(FUND, "511500", Q3));
        assertThat(c.reporters()).filteredOn(r -> r.entityCode().equals("511502")).extracting(r -> r.reporterCode())
                .containsExactly("511502");
        assertThat(c.lineage()).noneMatch(l -> l.reporterCode().equals("511500"));
        var traced = c.lineage().stream().filter(l -> reporters.contains(l.reporterCode())).toList();
        assertThat(traced).hasSize(6);
        assertThat(traced.stream().mapToDouble(l -> l.value()).sum()).isEqualTo(city.numerator());
    }

    @Test
    void aRegionViewOfAHospitalIndicatorAddsUpItsOwnHospitalsAndRecordsThem() {
        HospitalVersion yaan = new HospitalVersion("H3", "H3", "511800", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合",
                "公立", "县");
        ValueCube cube = new ValueCube();
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "H1", q, "discharges", 10);   // 翠屏区, every quarter
        }
        put(cube, "H3", "2026Q3", "discharges", 7);  // 雅安, its third quarter only
        Target milestone = Targets.target("M-1", Target.MILESTONE_INDICATOR, Target.Kind.milestone, Targets.scope(null, null),
                Target.EvaluateAt.hospital, null, null, null, null, null, null, null, null, 2027);
        Catalog catalog = new Catalog(List.copyOf(REGIONS.values()), List.of(), CATALOG.indicators(), List.of(),
                List.of(milestone));
        IndicatorValues values = new IndicatorValues(catalog, new OrgUnits(REGIONS, List.of(H1, yaan)), cube);
        assertThat(values.codes()).contains("beds_per_100").doesNotContain(Target.MILESTONE_INDICATOR, "discharges");
        IndicatorValues.Computed c = values.computeWithLineage(Q3, "R1", () -> { });
        Scaled scaled = code -> c.values().stream().filter(v -> v.entityCode().equals(code) && v.indicator().equals("scaled"))
                .findFirst().orElseThrow();
        assertThat(scaled.of("511502").numerator()).isEqualTo(30.0);   // its own hospital only
        assertThat(scaled.of("511800").numerator()).isEqualTo(7.0);
        assertThat(scaled.of("510000").numerator()).isEqualTo(37.0);
        // coverage: 3 of 3 quarters for 翠屏区; the province 4 of 6 (雅安's hospital missed two)
        assertThat(scaled.of("511502").quartersExpected()).isEqualTo(3);
        assertThat(scaled.of("510000").quartersCovered()).isEqualTo(4);
        assertThat(scaled.of("510000").quartersExpected()).isEqualTo(6);
        assertThat(scaled.of("510000").provisional()).isTrue();
        // a hospital-level figure lists no reporters: the province's adds up its hospitals, recorded once per region
        assertThat(c.reporters()).noneMatch(r -> r.indicator().equals("scaled"));
        assertThat(c.members()).filteredOn(m -> m.regionCode().equals("510000"))
                .extracting(m -> m.hospitalCode()).containsExactlyInAnyOrder("H1", "H3");
        assertThat(c.members()).filteredOn(m -> m.regionCode().equals("511800"))
                .extracting(m -> m.hospitalCode()).containsExactly("H3");
        assertThat(c.members()).allMatch(m -> m.periodCode().equals("2026Q3"))
                .noneMatch(m -> m.regionCode().equals("511503"));   // no hospital there: no member
        assertThat(c.values()).noneMatch(v -> v.entityCode().equals("511503"));   // no hospital there: no figure
    }

    private interface Scaled {
        FigureRows.Value of(String code);
    }

    @Test
    void aCityThatReportedEarlierInTheYearStaysTheReporterAndItsMissingQuarterIsSaid() {
        ValueCube cube = new ValueCube();
        put(cube, "511500", "2026Q1", "fund", 100);
        put(cube, "511502", "2026Q3", "fund", 7);
        IndicatorCalculator calc = calc(cube);
        assertThat(calc.regionReporters(FUND, "510000", Q3)).containsExactly("511800", "511500");
        Measure m = calc.forRegion(FUND, "511500", Q3);
        assertThat(m.value()).isEqualTo(100.0);
        assertThat(m.provisional()).isTrue();
        assertThat(m.coverage().ratio()).isEqualTo("1/3");
    }

    @Test
    void sumsAddUpOverReportersAndLevelsAreAveraged() {
        ValueCube cube = new ValueCube();
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "H1", q, "discharges", 100);
            put(cube, "H2", q, "discharges", 50);
        }
        put(cube, "H1", "2026Q3", "beds", 300);
        put(cube, "H2", "2026Q3", "beds", 100);
        IndicatorCalculator calc = calc(cube);
        Measure sum = calc.forHospitals(DISCHARGES, List.of(H1, H2), Q3);
        assertThat(sum.value()).isEqualTo(450.0);
        assertThat(sum.provisional()).isFalse();
        Measure mean = calc.forHospitals(BEDS, List.of(H1, H2), Q3);
        assertThat(mean.value()).isEqualTo(200.0);
        assertThat(mean.denominator()).isEqualTo(2.0);
        assertThat(calc.totalForHospitals(BEDS, List.of(H1, H2), Q3).value()).isEqualTo(400.0);
        assertThat(calc.forHospitals(BEDS, List.of(H1), Q3).value()).isEqualTo(300.0);
        // a single-element indicator with a scale: the element's sum times the scale
        assertThat(calc.forHospitals(SCALED, List.of(H1), Q3).value()).isEqualTo(30000.0);
        // beds were reported for Q3 only: the pair counts Q3's discharges only, and says Q1 and Q2 are missing
        Measure ratio = calc.forHospitals(BEDS_PER_DISCHARGE, List.of(H1, H2), Q3);
        assertThat(ratio.value()).isCloseTo(400.0 / 150 * 100, within(1e-9));
        assertThat(ratio.provisional()).isTrue();
    }

    @Test
    void aZeroDenominatorGivesNoFigure() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2026Q3", "beds", 10);
        for (String q : List.of("2026Q1", "2026Q2", "2026Q3")) {
            put(cube, "H1", q, "discharges", 0);
        }
        Measure m = calc(cube).forHospitals(BEDS_PER_DISCHARGE, List.of(H1), Q3);
        assertThat(m.hasValue()).isFalse();
        assertThat(m.reporting()).isEqualTo(1);
        assertThat(new Measure(1.0, 0.0, Double.NaN, 1, 1, false).hasValue()).isFalse();
        assertThat(new Measure(1.0, 0.0, Double.POSITIVE_INFINITY, 1, 1, false).hasValue()).isFalse();
    }

    @Test
    void aStockHalfOfARatioNeedsItsLatestQuarterAndAFlowHalfEveryQuarter() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2026Q1", "beds", 90);
        put(cube, "H1", "2026Q3", "beds", 100);
        put(cube, "H1", "2026Q1", "discharges", 10);
        put(cube, "H1", "2026Q3", "discharges", 30);
        // beds (stock) over discharges (flow): the quarters where both exist are Q1 and Q3; beds are Q3's only
        ValueCube.Ytd y = calc(cube).ytd(BEDS_PER_DISCHARGE, "H1", Q3);
        assertThat(y.numerator()).isEqualTo(100.0);
        assertThat(y.denominator()).isEqualTo(40.0);
        assertThat(y.coverage().ratio()).isEqualTo("2/3");
        assertThat(y.sources()).extracting(s -> s.part().label() + s.quarter())
                .containsExactly("分子2026Q3", "分母2026Q1", "分母2026Q3");
        // without Q3 the stock half is missing: no figure at all, never last quarter's beds
        ValueCube.Ytd q2 = calc(cube).ytd(BEDS_PER_DISCHARGE, "H1", Periods.parse("2026Q2"));
        assertThat(q2.hasValue()).isFalse();
        assertThat(q2.coverage().missing()).hasSize(2);
        assertThat(q2.sources()).isEmpty();
        // two stocks: only the latest quarter is expected at all
        put(cube, "H1", "2026Q3", "staff", 400);
        ValueCube.Ytd both = calc(cube).ytd(STOCK_SHARE, "H1", Q3);
        assertThat(both.coverage().ratio()).isEqualTo("1/1");
        assertThat(both.numerator()).isEqualTo(100.0);
        assertThat(both.denominator()).isEqualTo(400.0);
    }

    @Test
    void theCubeKnowsWhoReportedWhen() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2026Q2", "beds", 1);
        put(cube, "H1", "2025Q4", "beds", 1);
        assertThat(cube.periods()).containsExactly(Periods.parse("2025Q4"), Periods.parse("2026Q2"));
        assertThat(cube.submitted("H1", Periods.parse("2026Q2"))).isTrue();
        assertThat(cube.submitted("H1", Periods.parse("2026Q1"))).isFalse();
        assertThat(cube.submittedInYear("H1", Periods.parse("2026Q1"))).isFalse();
        assertThat(cube.submittedInYear("H1", Periods.parse("2026Q2"))).isTrue();
        assertThat(cube.submittedInYear("H2", Periods.parse("2026Q4"))).isFalse();
        assertThat(cube.get("H1", Periods.parse("2026Q2"), "beds").value()).isEqualTo(1.0);
        assertThat(cube.get("H1", Periods.parse("2026Q2"), "staff")).isNull();
        assertThat(cube.get("H2", Periods.parse("2026Q2"), "beds")).isNull();
    }

    @Test
    void coverageWordsNameAtMostFiveReporters() {
        Coverage c = Coverage.NONE;
        for (int i = 1; i <= 7; i++) {
            c = c.plus(Coverage.of("H" + i, List.of(), List.of(Q3)));
        }
        c = c.plus(Coverage.of("H9", List.of(Q3), List.of()));
        assertThat(c.missingWords(code -> code + "院"))
                .isEqualTo("缺 H1院 2026Q3；H2院 2026Q3；H3院 2026Q3；H4院 2026Q3；H5院 2026Q3；等 7 家（已覆盖 1/8 个季度）");
        assertThat(c.isEmpty()).isFalse();
        assertThat(Coverage.ranges(List.of("2025Q4", "2026Q1", "2026Q3"))).isEqualTo("2025Q4—2026Q1、2026Q3");
        assertThat(Coverage.ranges(List.of())).isEmpty();
    }

    @Test
    void anIndicatorWhoseElementTheCatalogLacksIsRefusedInWords() {
        Indicator orphan = Targets.ratio("orphan", "beds", "nurses", 1, Indicator.Direction.higher);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calc(new ValueCube()).forHospitals(orphan, List.of(H1), Q3))
                .isInstanceOf(IllegalStateException.class).hasMessage("计划目录中没有数据项「nurses」");
    }
}
