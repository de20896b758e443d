package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IndicatorCalculatorTest {
    private static final Indicator SHARE = Targets.ratio("mis_share", "mis", "ops", 100, Indicator.Direction.higher);
    private static final Indicator MIS = Targets.element("mis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator OPS = Targets.element("ops", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    private static final Indicator FLAG = Targets.element("booking", Indicator.Aggregation.flag, Indicator.PeriodAggregation.latest);
    private static final Indicator SLOT = Targets.element("slot_minutes", Indicator.Aggregation.max, Indicator.PeriodAggregation.latest);
    private static final Catalog CATALOG = new Catalog(List.of(), List.of(), List.of(SHARE, MIS, OPS, FLAG, SLOT), List.of(), List.of());

    private static final HospitalVersion BIG = hospital("H1");
    private static final HospitalVersion SMALL = hospital("H2");

    private static HospitalVersion hospital(String code) {
        return new HospitalVersion(code, code, "511802", LocalDate.of(2018, 1, 1), null, "三级", "甲", "综合", "公立", "市");
    }

    private static ValueCube cube() {
        ValueCube cube = new ValueCube();
        // H1: 100 of 1000 (10%) in each of Q1..Q3; H2: 30 of 60 (50%) in each quarter.
        for (String q : List.of("2025Q1", "2025Q2", "2025Q3")) {
            put(cube, "H1", q, "mis", 100);
            put(cube, "H1", q, "ops", 1000);
            put(cube, "H2", q, "mis", 30);
            put(cube, "H2", q, "ops", 60);
        }
        put(cube, "H1", "2025Q3", "booking", 1);
        put(cube, "H2", "2025Q3", "booking", 0);
        put(cube, "H1", "2025Q3", "slot_minutes", 30);
        put(cube, "H2", "2025Q3", "slot_minutes", 90);
        return cube;
    }

    private static void put(ValueCube cube, String reporter, String period, String element, double v) {
        cube.put(reporter, period, element, new ValueCube.Cell(v, "sha", "f.xlsx", "填报表", "E5"));
    }

    private static IndicatorCalculator calc(ValueCube cube) {
        OrgUnits org = new OrgUnits(Map.of("511802", new Region("511802", "雨城区", Region.Level.county, null)), List.of(BIG, SMALL));
        return new IndicatorCalculator(CATALOG, cube, org);
    }

    @Test
    void groupFigureIsTheRatioOfSumsNotTheAverageOfRatios() {
        Measure m = calc(cube()).forHospitals(SHARE, List.of(BIG, SMALL), Periods.parse("2025Q3"));
        // (300 + 90) / (3000 + 180) = 12.26%, whereas the mean of 10% and 50% would be 30%.
        assertThat(m.value()).isCloseTo(390.0 / 3180 * 100, within(1e-9));
        assertThat(m.numerator()).isEqualTo(390.0);
        assertThat(m.denominator()).isEqualTo(3180.0);
        assertThat(m.provisional()).isFalse();
    }

    @Test
    void yearToDateSumsTheQuartersAndAMissingQuarterMakesItProvisional() {
        ValueCube cube = cube();
        Measure q2 = calc(cube).forHospitals(SHARE, List.of(BIG), Periods.parse("2025Q2"));
        assertThat(q2.numerator()).isEqualTo(200.0);
        ValueCube gap = new ValueCube();
        put(gap, "H1", "2025Q1", "mis", 10);
        put(gap, "H1", "2025Q1", "ops", 100);
        put(gap, "H1", "2025Q3", "mis", 10);
        put(gap, "H1", "2025Q3", "ops", 100);
        Measure partial = calc(gap).forHospitals(SHARE, List.of(BIG), Periods.parse("2025Q3"));
        assertThat(partial.value()).isCloseTo(10.0, within(1e-9));
        assertThat(partial.provisional()).isTrue();
    }

    @Test
    void aGroupMissingAHospitalIsProvisional() {
        ValueCube cube = new ValueCube();
        put(cube, "H1", "2025Q1", "mis", 10);
        put(cube, "H1", "2025Q1", "ops", 100);
        Measure m = calc(cube).forHospitals(SHARE, List.of(BIG, SMALL), Periods.parse("2025Q1"));
        assertThat(m.reporting()).isEqualTo(1);
        assertThat(m.expected()).isEqualTo(2);
        assertThat(m.provisional()).isTrue();
    }

    @Test
    void aYesNoCapabilityOverAGroupIsTheShareOfHospitalsThatHaveIt() {
        Measure m = calc(cube()).forHospitals(FLAG, List.of(BIG, SMALL), Periods.parse("2025Q3"));
        assertThat(m.value()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void aMaxAggregationOverAGroupIsItsLargestFigureNotTheMean() {
        Measure m = calc(cube()).forHospitals(SLOT, List.of(BIG, SMALL), Periods.parse("2025Q3"));
        assertThat(m.value()).isEqualTo(90.0);
        assertThat(m.reporting()).isEqualTo(2);
    }
}
