package io.hqd.evaluate;

import static io.hqd.evaluate.Targets.history;
import static io.hqd.evaluate.Targets.target;
import static io.hqd.evaluate.Targets.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/** 增加10% on a baseline year, and 每年10%递增 on the previous year (compounding), at their edges. */
class GrowthTargetTest {
    private static final Indicator COUNT = Targets.ratio("fund", "f", null, 1, Indicator.Direction.higher);

    private static Judgement judge(Target t, double v, String period, Judging.History h) {
        return TargetJudge.judge(t, COUNT, value(v), Periods.parse(period), 2021, false, h);
    }

    @Test
    void tenPercentOnTheBaselineIsMetExactlyAtTheEdge() {
        Target t = target(Target.Kind.growth, "up", 10.0, null, null, 2020, 2025);
        var h = history(Map.of(2020, 20.0), null);
        assertThat(judge(t, 22.0, "2025Q4", h).status()).isEqualTo(Status.met);
        assertThat(judge(t, 21.9, "2025Q4", h).status()).isEqualTo(Status.not_met);
        assertThat(judge(t, 21.9, "2025Q4", h).evidence()).contains("基期 2020 年 20", "增加 10%");
    }

    @Test
    void aMissingBaselineYearFallsBackToTheEarliestFullYearAndSaysSo() {
        Target t = target(Target.Kind.growth, "up", 10.0, null, null, 2020, 2025);
        Judgement j = judge(t, 30.0, "2025Q4", history(Map.of(2024, 25.0), null));
        assertThat(j.status()).isEqualTo(Status.met);
        assertThat(j.evidence()).contains("2020 年数据缺失", "以 2024 年");
        assertThat(judge(t, 30.0, "2025Q4", history(Map.of(), null)).status()).isEqualTo(Status.no_data);
    }

    @Test
    void yearlyGrowthCompoundsOnThePreviousYear() {
        Target t = target(Target.Kind.growth, "up", 10.0, null, null, null, 2025);
        // Last year 12100 (already 1亿×1.1²): this year needs 13310, not 12100 + 1000.
        var lastYear = history(Map.of(), 12100.0);
        assertThat(judge(t, 13310, "2024Q4", lastYear).status()).isEqualTo(Status.met);
        Judgement shortOfCompound = judge(t, 13100, "2024Q4", lastYear);
        assertThat(shortOfCompound.status()).isEqualTo(Status.behind);
        assertThat(shortOfCompound.targetValue()).isCloseTo(13310, org.assertj.core.data.Offset.offset(1e-6));
        // a fall before the target year's last quarter is 滞后 (the stated rule); in that quarter it is 未达标
        assertThat(judge(t, 12000, "2024Q4", lastYear).status()).isEqualTo(Status.behind);
        assertThat(judge(t, 12000, "2025Q4", lastYear).status()).isEqualTo(Status.not_met);
        assertThat(judge(t, 13310, "2024Q4", history(Map.of(), null)).status()).isEqualTo(Status.no_data);
    }
}
