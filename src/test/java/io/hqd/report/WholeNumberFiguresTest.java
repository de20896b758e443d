package io.hqd.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;
import io.hqd.report.data.CountyRow;
import io.hqd.report.data.EvalFact;
import io.hqd.report.data.IndicatorMeta;
import io.hqd.report.sections.Gap;

/**
 * A whole-number indicator (a level, a count) prints whole, but a county's mean of its hospitals' levels or a target
 * prorated to the quarter is not whole: printed rounded, a county at 3.5 read "4" beside a target of 4 and 滞后.
 */
class WholeNumberFiguresTest {
    static final IndicatorMeta LEVEL = new IndicatorMeta("YB-P3-09", "电子病历系统应用水平分级", "级", 0, "higher", null, null);

    @Test
    void aWholeNumberIndicatorsFigureKeepsTheDecimalsItHas() {
        assertThat(Fmt.num(4.0, 0)).isEqualTo("4");
        assertThat(Fmt.num(3.5, 0)).isEqualTo("3.5");
        assertThat(Fmt.num(3.75, 0)).isEqualTo("3.75");
        assertThat(Fmt.num(10.0 / 3, 0)).isEqualTo("3.33");
        assertThat(Fmt.num(-0.5, 0)).isEqualTo("-0.5");
        assertThat(Fmt.num(1200.0, 0)).isEqualTo("1200");
        assertThat(Fmt.signed(0.5, 0)).isEqualTo("+0.5");
        assertThat(Fmt.withUnit(3.5, LEVEL, false)).isEqualTo("3.5 级");
    }

    @Test
    void anIndicatorWithDecimalsKeepsExactlyItsOwn() {
        assertThat(Fmt.num(2.345, 2)).isEqualTo("2.35");
        assertThat(Fmt.num(3.75, 1)).isEqualTo("3.8");
        assertThat(Fmt.num(4.0, 1)).isEqualTo("4.0");
        assertThat(Fmt.places(3.75, 1)).isEqualTo(1);
        assertThat(Fmt.places(3.0, 0)).isZero();
        assertThat(Fmt.places(3.5, 0)).isEqualTo(1);
        assertThat(Fmt.places(3.25, 0)).isEqualTo(2);
        assertThat(Fmt.places(null, 0)).isZero();
    }

    @Test
    void aCountyBehindItsPathReadsItsOwnMeanAndThePathUnrounded() {
        EvalFact behind = new EvalFact("2026Q3", "YB-P3-09", "YB", "宜府办发", "规划", Target.Kind.region_rate,
                Comparator.of(">="), null, null, "确定", LEVEL, EntityType.county, "511523", "江安县", "511523", 7.0, 2.0,
                3.5, 4.0, 3.75, Status.behind, false, null);
        assertThat(Gap.of(behind).words(false)).isEqualTo("本期 3.5 级，按进度应达 3.75 级，差 0.25 级");
        CountyRow row = new CountyRow("YB-P3-09", LEVEL.name(), "511523", "江安县", 3.5, 3.0, 1, LEVEL, "≥ 4 级",
                "滞后", 2, 2, false);
        assertThat(row.getValueText()).isEqualTo("3.5 级");
        assertThat(row.getChangeText()).isEqualTo("+0.5 级");
    }
}
