package io.hqd.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;

/** A county comparison cell reads with its unit, as the hospital tables do. */
class CountyRowUnitsTest {
    static IndicatorMeta meta(String unit, int decimals) {
        return new IndicatorMeta("x", "某指标", unit, decimals, "higher", null, null);
    }

    static CountyRow row(IndicatorMeta m, Double value, Double previous, boolean provisional) {
        return new CountyRow("x", "某指标", "511802", "雨城区", value, previous, null, m, "—", "达标", 3, 4, provisional);
    }

    @Test
    void percentagesDaysAndMoneyCarryTheirUnit() {
        assertThat(row(meta("%", 1), 67.0, 65.5, false).getValueText()).isEqualTo("67.0%");
        assertThat(row(meta("%", 1), 67.0, 65.5, false).getChangeText()).isEqualTo("+1.5 个百分点");
        assertThat(row(meta("天", 1), 8.25, 8.5, false).getValueText()).isEqualTo("8.3 天");
        assertThat(row(meta("天", 1), 8.25, 8.5, false).getChangeText()).isEqualTo("-0.3 天");
        assertThat(row(meta("万元", 2), 1234.5, null, true).getValueText()).isEqualTo("1234.50 万元*");
        assertThat(row(meta("元", 0), 100.0, null, false).getValueText()).isEqualTo("100 元");
        assertThat(row(meta("万元", 2), 1234.5, null, true).getChangeText()).isEqualTo("—");
    }

    @Test
    void aCountysYesNoItemIsTheShareOfItsHospitalsSayingYes() {
        assertThat(row(meta("是/否(1/0)", 0), 33.3, 100.0, false).getValueText()).isEqualTo("33.3%");
        assertThat(row(meta("是/否(1/0)", 0), 33.3, 100.0, false).getChangeText()).isEqualTo("-66.7 个百分点");
    }

    @Test
    void missingFiguresStayADashWithoutUnitOrMark() {
        assertThat(row(meta("%", 1), null, null, true).getValueText()).isEqualTo("—");
        assertThat(row(meta("序数", 0), 2.0, null, false).getValueText()).isEqualTo("2");
    }

    @Test
    void targetsCarryTheirComparisonAndUnit() {
        EvalFact pct = fact(meta("%", 1), ">=", 90.0);
        assertThat(CountyComparisonQuery.targetText(pct, 90.0)).isEqualTo("≥ 90.0%");
        assertThat(CountyComparisonQuery.targetText(fact(meta("天", 1), "<=", 9.0), 9.0)).isEqualTo("≤ 9.0 天");
        assertThat(CountyComparisonQuery.targetText(fact(meta("是/否(1/0)", 0), ">=", 1.0), 1.0)).isEqualTo("是");
        assertThat(CountyComparisonQuery.targetText(fact(meta("%", 1), "up", null), null)).isEqualTo("逐步提高");
        assertThat(CountyComparisonQuery.targetText(pct, null)).isEqualTo("—");
    }

    static EvalFact fact(IndicatorMeta m, String op, Double target) {
        return new EvalFact("2026Q3", "T-1", "P", "文号", "规划", Target.Kind.region_rate, Comparator.of(op), null, null, "确定", m, EntityType.county,
                "511802", "雨城区", "511802", null, null, 1.0, target, null, Status.met, false, null);
    }
}
