package io.hqd.evaluate;

import static io.hqd.evaluate.Targets.history;
import static io.hqd.evaluate.Targets.target;
import static io.hqd.evaluate.Targets.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/** Each kind's own rule at its edges: tolerance bands, ranges read downwards, deadlines, yearly changes, growth. */
class KindEdgesTest {
    private static final Indicator HIGHER = Targets.ratio("cmi", "w", "n", 1, Indicator.Direction.higher);
    private static final Indicator LOWER = Targets.ratio("alos", "d", "n", 1, Indicator.Direction.lower);
    private static final Periods Q3 = Periods.parse("2025Q3");
    private static final Periods DUE = Periods.parse("2027Q4");

    private static Judgement judge(Target t, Indicator ind, double v, Periods p, Map<Integer, Double> years, Double lastYear) {
        return TargetJudge.judge(t, ind, value(v), p, 2022, false, history(years, lastYear));
    }

    @Test
    void aToleranceBandIsMetOnBothOfItsEdges() {
        Target stable = target(Target.Kind.approx, null, 2.0, null, 0.25, 2022, 2027);
        for (double v : new double[] {1.75, 2.0, 2.25}) {
            Judgement j = judge(stable, HIGHER, v, DUE, Map.of(), null);
            assertThat(j.status()).as(String.valueOf(v)).isEqualTo(Status.met);
            assertThat(j.evidence()).isEqualTo("在 2±0.25 范围内");
            assertThat(j.targetValue()).isEqualTo(2.0);
        }
        Judgement below = judge(stable, HIGHER, 1.74, DUE, Map.of(), null);
        assertThat(below.status()).isEqualTo(Status.not_met);
        assertThat(below.targetValue()).isEqualTo(1.75);
        assertThat(below.evidence()).startsWith("目标 2±0.25；目标年份已到");
        Judgement above = judge(stable, HIGHER, 2.26, DUE, Map.of(), null);
        assertThat(above.status()).isEqualTo(Status.not_met);
        assertThat(above.targetValue()).isEqualTo(2.25);
    }

    @Test
    void aToleranceBelowAnUpperLimitWidensItUpwards() {
        Target t = target(Target.Kind.approx, "<=", 9.0, null, 0.5, 2022, 2027);
        Judgement edge = judge(t, LOWER, 9.5, DUE, Map.of(), null);
        assertThat(edge.status()).isEqualTo(Status.met);
        assertThat(edge.targetValue()).isEqualTo(9.5);
        assertThat(edge.evidence()).isEqualTo("目标 9±0.50，已达到 ≤ 9.50");
        assertThat(judge(t, LOWER, 9.51, DUE, Map.of(), null).status()).isEqualTo(Status.not_met);
        assertThat(judge(t, LOWER, 9.51, DUE, Map.of(), null).targetValue()).isEqualTo(9.5);
        Target up = target(Target.Kind.approx, ">=", 2.0, null, 0.1, 2022, 2027);
        assertThat(judge(up, HIGHER, 1.9, DUE, Map.of(), null).status()).isEqualTo(Status.met);
        assertThat(judge(up, HIGHER, 1.89, DUE, Map.of(), null).status()).isEqualTo(Status.not_met);
    }

    @Test
    void aRangeReadDownwardsHasItsUpperValueAsTheFloorAndItsLowerAsTheStretch() {
        Target t = target(Target.Kind.range, "<=", 3.0, 5.0, null, 2022, 2027);
        Judgement stretch = judge(t, LOWER, 3.0, DUE, Map.of(), null);
        assertThat(stretch.status()).isEqualTo(Status.met);
        assertThat(stretch.evidence()).isEqualTo("已达到力争值 3");
        assertThat(stretch.targetValue()).isEqualTo(5.0);
        Judgement floor = judge(t, LOWER, 5.0, DUE, Map.of(), null);
        assertThat(floor.status()).isEqualTo(Status.met);
        assertThat(floor.evidence()).isEqualTo("目标区间 3—5；已达到目标");
        Judgement miss = judge(t, LOWER, 5.01, DUE, Map.of(), null);
        assertThat(miss.status()).isEqualTo(Status.not_met);
        assertThat(miss.targetValue()).isEqualTo(5.0);
        Target upward = target(Target.Kind.range, ">=", 3.0, 5.0, null, 2022, 2027);
        assertThat(judge(upward, HIGHER, 4.99, DUE, Map.of(), null).evidence()).isEqualTo("目标区间 3—5；已达到目标");
        assertThat(judge(upward, HIGHER, 5.0, DUE, Map.of(), null).evidence()).isEqualTo("已达到力争值 5");
        assertThat(judge(upward, HIGHER, 2.99, DUE, Map.of(), null).status()).isEqualTo(Status.not_met);
    }

    @Test
    void aDeadlineEndingWithThePeriodIsPastAtThatPeriodsEnd() {
        Target t = Targets.target("D", "cmi", Target.Kind.deadline, Targets.scope(null, null), Target.EvaluateAt.city, null,
                null, ">=", 3.0, null, null, LocalDate.of(2025, 6, 30), 2022, null);
        Judgement q2 = judge(t, HIGHER, 2.0, Periods.parse("2025Q2"), Map.of(), null);
        assertThat(q2.status()).isEqualTo(Status.not_met);
        assertThat(q2.evidence()).isEqualTo("期限 2025-06-30 已过，未完成");
        Judgement met = judge(t, HIGHER, 3.0, Periods.parse("2025Q2"), Map.of(), null);
        assertThat(met.status()).isEqualTo(Status.met);
        assertThat(met.evidence()).isEqualTo("已完成（期限 2025-06-30）");
        // a quarter before: judged on the path to the deadline's year, from the baseline
        Judgement q1 = judge(t, HIGHER, 2.9, Periods.parse("2025Q1"), Map.of(2022, 0.0), null);
        assertThat(q1.status()).isEqualTo(Status.on_track);
        assertThat(q1.pathValue()).isCloseTo(2.25, within(1e-9));   // (2025.25 − 2023) / 3 of the way to 3
        assertThat(q1.evidence()).startsWith("期限 2025-06-30；基期 2022 年");
        assertThat(judge(t, HIGHER, 1.0, Periods.parse("2025Q1"), Map.of(2022, 0.0), null).status()).isEqualTo(Status.behind);
    }

    @Test
    void aYearlyChangeIsMetExactlyAtTheRequiredAmountAndAFallSaysItWentTheWrongWay() {
        Target up = target(Target.Kind.annual_change, "up", 2.0, null, null, null, 2027);
        Judgement exact = judge(up, HIGHER, 12.0, Q3, Map.of(), 10.0);
        assertThat(exact.status()).isEqualTo(Status.met);
        assertThat(exact.targetValue()).isEqualTo(12.0);
        assertThat(exact.evidence()).isEqualTo("上年同期 10，变化 +2，要求每年提高 2");
        assertThat(exact.provisional()).isFalse();
        Judgement little = judge(up, HIGHER, 11.0, Q3, Map.of(), 10.0);
        assertThat(little.status()).isEqualTo(Status.behind);
        assertThat(little.evidence()).doesNotContain("方向相反");
        Judgement fell = judge(up, HIGHER, 9.0, Q3, Map.of(), 10.0);
        assertThat(fell.evidence()).endsWith("（方向相反）");
        Judgement flat = judge(up, HIGHER, 10.0, Q3, Map.of(), 10.0);
        assertThat(flat.evidence()).endsWith("（方向相反）");
        Judgement none = judge(up, HIGHER, 12.0, Q3, Map.of(), null);
        assertThat(none.status()).isEqualTo(Status.no_data);
        assertThat(none.evidence()).isEqualTo("缺少可比的上年同期数据，无法计算年度变化");
        assertThat(AnnualChangeKind.yearsSince(2020, Periods.parse("2021Q1"))).isEqualTo(0.25);
        assertThat(AnnualChangeKind.yearsSince(2020, Periods.parse("2020Q4"))).isZero();
    }

    @Test
    void aYearlyChangeFromAStatedBaselineIsMeasuredFromThatBaseline() {
        Target t = new Target("X", "YA2022", "fund", Target.Kind.annual_change, Targets.scope(null, null),
                Target.EvaluateAt.city, null, null, Comparator.up, 1000.0, null, null, null, 2021, 5000.0, 2027, "约束性", "一", "原文", "");
        // 2024Q4 is three years on: 5000 + 3 × 1000 = 8000
        Judgement j = TargetJudge.judge(t, HIGHER, value(7900), Periods.parse("2024Q4"), 2022, true, history(Map.of(), null));
        assertThat(j.status()).isEqualTo(Status.behind);
        assertThat(j.targetValue()).isEqualTo(8000.0);
        assertThat(j.evidence()).isEqualTo("基期 2021 年 5000，要求每年提高 1000，累计 3 年应达 8000");
        Judgement wrongWay = TargetJudge.judge(t, HIGHER, value(4900), Periods.parse("2024Q4"), 2022, true,
                history(Map.of(), null));
        assertThat(wrongWay.evidence()).endsWith("（方向相反）");
        assertThat(TargetJudge.judge(t, HIGHER, value(8000), Periods.parse("2024Q4"), 2022, true, history(Map.of(), null))
                .status()).isEqualTo(Status.met);
    }

    @Test
    void aRelativeFallIsJudgedAgainstTheBaselineTimesOneMinusTheRate() {
        Target down = target(Target.Kind.growth, "down", 10.0, null, null, 2021, 2027);
        Judgement exact = judge(down, LOWER, 18.0, DUE, Map.of(2021, 20.0), null);
        assertThat(exact.status()).isEqualTo(Status.met);
        assertThat(exact.targetValue()).isCloseTo(18.0, within(1e-9));
        assertThat(exact.evidence()).contains("基期 2021 年 20，要求降低 10%");
        assertThat(judge(down, LOWER, 18.01, DUE, Map.of(2021, 20.0), null).status()).isEqualTo(Status.not_met);
        Target yearly = target(Target.Kind.growth, "down", 10.0, null, null, null, 2027);
        Judgement y = judge(yearly, LOWER, 9.0, Q3, Map.of(), 10.0);
        assertThat(y.status()).isEqualTo(Status.met);
        assertThat(y.evidence()).isEqualTo("上年同期 10，要求每年降低 10%，本期应达 9");
        assertThat(judge(yearly, LOWER, 9.1, Q3, Map.of(), 10.0).status()).isEqualTo(Status.behind);
        assertThat(judge(yearly, LOWER, 9.1, DUE, Map.of(), 10.0).status()).isEqualTo(Status.not_met);
    }

    @Test
    void growthUsesTheStatedBaselineForThePlansRegionAndSaysWhenABaselineIsProvisional() {
        Target t = new Target("G", "YA2022", "fund", Target.Kind.growth, Targets.scope(null, null), Target.EvaluateAt.city,
                null, null, Comparator.up, 10.0, null, null, null, 2021, 100.0, 2027, "约束性", "一", "原文", "");
        Judgement own = TargetJudge.judge(t, HIGHER, value(110), DUE, 2022, true, history(Map.of(2021, 200.0), null));
        assertThat(own.status()).isEqualTo(Status.met);
        assertThat(own.targetValue()).isCloseTo(110, within(1e-9));
        Judging.History partial = new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                return year == 2021 ? new Measure(100.0, 1.0, 100.0, 1, 2, true) : null;
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return null;
            }
        };
        Judgement other = TargetJudge.judge(t, HIGHER, value(110), DUE, 2022, false, partial);
        assertThat(other.evidence()).startsWith("基期 2021 年（该年数据不完整，暂定） 100");
    }

    @Test
    void aDirectionRightButFlatIsNoMove() {
        Target down = target(Target.Kind.direction, "down", null, null, null, null, 2027);
        Judgement fell = judge(down, LOWER, 9.0, Q3, Map.of(), 10.0);
        assertThat(fell.status()).isEqualTo(Status.met);
        assertThat(fell.evidence()).isEqualTo("上年同期 10，变化 -1");
        assertThat(fell.targetValue()).isEqualTo(10.0);
        Judgement flat = judge(down, LOWER, 10.0, Q3, Map.of(), 10.0);
        assertThat(flat.status()).isEqualTo(Status.behind);
        assertThat(flat.evidence()).endsWith("（持平）");
        Judgement rose = judge(down, LOWER, 10.5, Q3, Map.of(), 10.0);
        assertThat(rose.evidence()).doesNotContain("持平");
        Judgement none = judge(down, LOWER, 10.5, Q3, Map.of(), null);
        assertThat(none.evidence()).isEqualTo("缺少可比的上年同期数据，无法判断变化方向");
        Judging.History noValue = new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                return null;
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return new Judging.YearOnYear(Measure.none(1), value(10), "同口径", 1);
            }
        };
        assertThat(TargetJudge.judge(down, LOWER, value(9), Q3, 2022, false, noValue).status()).isEqualTo(Status.no_data);
    }

    @Test
    void aYearlyFallThatDidNotFallSaysItWentTheWrongWay() {
        Target down = target(Target.Kind.annual_change, "down", 0.5, null, null, null, 2027);
        assertThat(judge(down, LOWER, 10.0, Q3, Map.of(), 10.0).evidence()).endsWith("（方向相反）");
        assertThat(judge(down, LOWER, 10.2, Q3, Map.of(), 10.0).evidence()).endsWith("（方向相反）");
        Judgement little = judge(down, LOWER, 9.8, Q3, Map.of(), 10.0);
        assertThat(little.status()).isEqualTo(Status.behind);
        assertThat(little.evidence()).doesNotContain("方向相反");
    }

    @Test
    void growthOnABaselineYearUsesThatYearEvenWhenLaterYearsAreHeld() {
        Target t = target(Target.Kind.growth, "up", 10.0, null, null, 2021, 2027);
        Judgement j = judge(t, HIGHER, 30.0, DUE, Map.of(2021, 20.0, 2024, 25.0), null);
        assertThat(j.targetValue()).isCloseTo(22.0, within(1e-9));
        assertThat(j.evidence()).startsWith("基期 2021 年 20");
        // this year's own figure is never its baseline
        Judgement own = judge(t, HIGHER, 30.0, DUE, Map.of(2027, 25.0), null);
        assertThat(own.status()).isEqualTo(Status.no_data);
        assertThat(own.evidence()).isEqualTo("缺少基期 2021 年及其后全年数据，无法计算相对基期的增幅");
    }

    @Test
    void yearlyGrowthComparedOnFewerQuartersIsProvisional() {
        Target t = target(Target.Kind.growth, "up", 10.0, null, null, null, 2027);
        assertThat(judge(t, HIGHER, 11.0, Q3, Map.of(), 10.0).provisional()).isFalse();
        Judging.History partial = new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                return null;
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return new Judging.YearOnYear(value(11), value(10), "同口径比较：仅比较第 3 季度", 1);
            }
        };
        Judgement j = TargetJudge.judge(t, HIGHER, value(40), Q3, 2022, false, partial);
        assertThat(j.provisional()).isTrue();
        assertThat(j.status()).isEqualTo(Status.met);
        assertThat(j.evidence()).startsWith("同口径比较：仅比较第 3 季度；上年同期 10，本年同口径 11");
    }

    @Test
    void aChangeWithinTheNoiseOfALargeValueIsNoMove() {
        Target up = target(Target.Kind.direction, "up", null, null, null, null, 2027);
        Judgement noise = judge(up, HIGHER, 1000 + 5e-7, Q3, Map.of(), 1000.0);
        assertThat(noise.status()).isEqualTo(Status.behind);
        assertThat(noise.evidence()).endsWith("（持平）");
        assertThat(judge(up, HIGHER, 1000.001, Q3, Map.of(), 1000.0).status()).isEqualTo(Status.met);
        // exactly at the allowance (1e-9 of at least 1) is still no move; just past it is
        assertThat(judge(up, HIGHER, 1e-9, Q3, Map.of(), 0.0).evidence()).endsWith("（持平）");
        assertThat(judge(up, HIGHER, 2e-9, Q3, Map.of(), 0.0).status()).isEqualTo(Status.met);
    }
}
