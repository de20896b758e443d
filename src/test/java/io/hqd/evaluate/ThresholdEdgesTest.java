package io.hqd.evaluate;

import static io.hqd.evaluate.Targets.history;
import static io.hqd.evaluate.Targets.target;
import static io.hqd.evaluate.Targets.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * A stated value at its edges: exactly at the target for every comparator, the first and the last quarter of the
 * target year, and the straight path's ends.
 */
class ThresholdEdgesTest {
    private static final Indicator IND = Targets.ratio("cmi", "w", "n", 1, Indicator.Direction.higher);
    private static final Periods DUE = Periods.parse("2025Q4");

    private static Status status(String op, double target, double v) {
        return judge(target(Target.Kind.each, op, target, null, null, 2020, 2025), v, DUE, Map.of()).status();
    }

    private static Judgement judge(Target t, double v, Periods p, Map<Integer, Double> fullYears) {
        return TargetJudge.judge(t, IND, value(v), p, 2021, false, history(fullYears, null));
    }

    @Test
    void exactlyAtTheTargetMeetsAnInclusiveComparatorAndMissesAStrictOne() {
        assertThat(status(">=", 90, 90)).isEqualTo(Status.met);
        assertThat(status(">=", 90, 89.999)).isEqualTo(Status.not_met);
        assertThat(status("<=", 9.7, 9.7)).isEqualTo(Status.met);
        assertThat(status("<=", 9.7, 9.701)).isEqualTo(Status.not_met);
        assertThat(status(">", 90, 90)).isEqualTo(Status.not_met);
        assertThat(status(">", 90, 90.001)).isEqualTo(Status.met);
        assertThat(status("<", 5, 5)).isEqualTo(Status.not_met);
        assertThat(status("<", 5, 4.999)).isEqualTo(Status.met);
        assertThat(status("=", 100, 100)).isEqualTo(Status.met);
        assertThat(status("=", 100, 100.00001)).isEqualTo(Status.met);     // within a millionth of the target
        assertThat(status("=", 100, 100.001)).isEqualTo(Status.not_met);
        assertThat(status("=", 100, 99.999)).isEqualTo(Status.not_met);
    }

    @Test
    void floatingPointNoiseAtTheTargetDoesNotTurnAMetIntoAMiss() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary: still exactly "at" 0.3
        assertThat(status("<=", 0.3, 0.1 + 0.2)).isEqualTo(Status.met);
        assertThat(status(">=", 0.3 + 1e-12, 0.3)).isEqualTo(Status.met);
        assertThat(status("<", 0.3, 0.3 - 1e-12)).isEqualTo(Status.not_met);
        assertThat(status(">", 0.3, 0.3 + 1e-12)).isEqualTo(Status.not_met);
    }

    @Test
    void comparatorsPrintAsAReaderWritesThem() {
        assertThat(TargetKinds.of(Target.Kind.each).describe(target(Target.Kind.each, "<=", 9.7, null, null, 2020, 2025)))
                .isEqualTo("≤ 9.70");
        assertThat(TargetKinds.of(Target.Kind.each).describe(target(Target.Kind.each, ">", 90.0, null, null, 2020, 2025)))
                .isEqualTo("> 90");
        assertThat(TargetKinds.of(Target.Kind.each).describe(target(Target.Kind.each, "<", 5.0, null, null, 2020, 2025)))
                .isEqualTo("< 5");
        assertThat(TargetKinds.of(Target.Kind.each).describe(target(Target.Kind.each, "=", 100.0, null, null, 2020, 2025)))
                .isEqualTo("= 100");
    }

    @Test
    void anUnknownComparatorIsRefusedInWords() {
        assertThatThrownBy(() -> status("≈", 1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("≈");
    }

    @Test
    void firstQuarterOfTheTargetYearIsStillJudgedOnThePathAndTheLastIsFinal() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2020, 2025);
        Map<Integer, Double> base = Map.of(2020, 1.0);
        // 2025Q1: (2025.25 − 2021) / 5 = 0.85 of the way from 1.0 to 1.5 → 1.425
        Judgement q1 = judge(t, 1.45, Periods.parse("2025Q1"), base);
        assertThat(q1.status()).isEqualTo(Status.on_track);
        assertThat(q1.pathValue()).isCloseTo(1.425, within(1e-9));
        assertThat(q1.evidence()).contains("基期 2020 年（1）", "按进度本期应达 1.4");
        assertThat(judge(t, 1.425, Periods.parse("2025Q1"), base).status()).isEqualTo(Status.on_track);   // exactly on the path
        assertThat(judge(t, 1.42, Periods.parse("2025Q1"), base).status()).isEqualTo(Status.behind);
        Judgement q4 = judge(t, 1.45, DUE, base);
        assertThat(q4.status()).isEqualTo(Status.not_met);
        assertThat(q4.pathValue()).isNull();
        assertThat(q4.evidence()).contains("目标年份已到");
        assertThat(judge(t, 1.45, Periods.parse("2024Q4"), base).pathValue()).isCloseTo(1.4, within(1e-9));
    }

    @Test
    void aLowerIsBetterTargetIsOnTrackAtOrBelowThePath() {
        Target t = target(Target.Kind.each, "<", 9.0, null, null, 2020, 2025);
        Map<Integer, Double> base = Map.of(2020, 11.0);
        // 2023Q4: 3 of 5 years: 11 − 2 × 0.6 = 9.8
        assertThat(judge(t, 9.8, Periods.parse("2023Q4"), base).status()).isEqualTo(Status.on_track);
        assertThat(judge(t, 9.81, Periods.parse("2023Q4"), base).status()).isEqualTo(Status.behind);
        Target eq = target(Target.Kind.each, "=", 100.0, null, null, 2020, 2025);
        assertThat(judge(eq, 90, Periods.parse("2023Q4"), Map.of(2020, 75.0)).status()).isEqualTo(Status.on_track);  // path 90
        assertThat(judge(eq, 91, Periods.parse("2023Q4"), Map.of(2020, 75.0)).status()).isEqualTo(Status.behind);
    }

    @Test
    void theStraightPathStaysBetweenTheBaselineAndTheTarget() {
        assertThat(ProgressPath.elapsed(2020, 2025, Periods.parse("2020Q4"))).isZero();    // still the baseline year
        assertThat(ProgressPath.elapsed(2020, 2025, Periods.parse("2021Q1"))).isCloseTo(0.05, within(1e-9));
        assertThat(ProgressPath.elapsed(2020, 2025, Periods.parse("2025Q4"))).isEqualTo(1.0);
        assertThat(ProgressPath.elapsed(2020, 2025, Periods.parse("2027Q2"))).isEqualTo(1.0);
        assertThat(ProgressPath.value(10, 2020, 20, 2025, Periods.parse("2019Q1"))).isEqualTo(10.0);
        assertThat(ProgressPath.value(10, 2020, 20, 2025, Periods.parse("2023Q2"))).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void withoutABaselineYearThePathStartsTheYearBeforeThePlanElseFiveYearsBack() {
        Target noBase = target(Target.Kind.each, ">=", 1.5, null, null, null, 2026);
        // plan from 2021: baseline 2020
        Judgement plan = TargetJudge.judge(noBase, IND, value(1.3), Periods.parse("2023Q4"), 2021, false,
                history(Map.of(2020, 1.0), null));
        assertThat(plan.evidence()).contains("基期 2020 年");
        assertThat(plan.pathValue()).isCloseTo(1.25, within(1e-9));
        // no plan year either: five years before the target year
        Judgement five = TargetJudge.judge(noBase, IND, value(1.3), Periods.parse("2023Q4"), null, false,
                history(Map.of(2021, 1.1), null));
        assertThat(five.evidence()).contains("基期 2021 年");
        assertThat(five.pathValue()).isCloseTo(1.1 + 0.4 * 2 / 5, within(1e-9));
    }

    @Test
    void thePlansOwnRegionUsesTheBaselineTheCatalogStates() {
        Target stated = new Target("T", "YA2022", "cmi", Target.Kind.each, Targets.scope(null, null), Target.EvaluateAt.city,
                null, null, Comparator.at_least, 1.5, null, null, null, 2020, 1.0, 2025, "确定", "一、", "原文", null);
        Judgement own = TargetJudge.judge(stated, IND, value(1.3), Periods.parse("2022Q4"), 2021, true,
                history(Map.of(2020, 1.4), null));
        assertThat(own.pathValue()).isCloseTo(1.2, within(1e-9));   // from the stated 1.0, not the measured 1.4
        Judgement other = TargetJudge.judge(stated, IND, value(1.3), Periods.parse("2022Q4"), 2021, false,
                history(Map.of(2020, 1.4), null));
        assertThat(other.pathValue()).isCloseTo(1.44, within(1e-9));
    }

    @Test
    void aProvisionalBaselineOrStartingYearIsSaid() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2020, 2025);
        Judging.History partial = new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                return year == 2020 ? new Measure(1.0, 1.0, 1.0, 1, 2, true) : null;
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return null;
            }
        };
        assertThat(TargetJudge.judge(t, IND, value(1.3), Periods.parse("2023Q4"), 2021, false, partial).evidence())
                .contains("基期数据不完整，暂定");
        Judging.History later = new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                return year == 2022 ? new Measure(1.0, 1.0, 1.0, 1, 2, true) : year == 2023 ? value(5) : null;
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return null;
            }
        };
        Judgement j = TargetJudge.judge(t, IND, value(1.3), Periods.parse("2024Q4"), 2021, false, later);
        assertThat(j.evidence()).contains("以 2022 年为起点", "该年数据不完整，暂定");
        // a starting year no earlier than the period's own year is no starting point
        assertThat(TargetJudge.judge(t, IND, value(1.3), Periods.parse("2022Q4"), 2021, false, later).evidence())
                .contains("无基期数据");
    }

    @Test
    void aBaselineYearAtOrAfterTheTargetYearGivesNoPath() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2025, 2025);
        Judgement j = judge(t, 1.0, Periods.parse("2025Q2"), Map.of(2025, 0.5));
        assertThat(j.status()).isEqualTo(Status.behind);
        assertThat(j.pathValue()).isNull();
        assertThat(j.evidence()).contains("无基期数据无法计算进度");
    }

    @Test
    void numbersPrintWithoutNoise() {
        assertThat(TargetJudge.fmt(null)).isEqualTo("—");
        assertThat(TargetJudge.fmt(3.0)).isEqualTo("3");
        assertThat(TargetJudge.fmt(-2.0)).isEqualTo("-2");
        assertThat(TargetJudge.fmt(2.999999999999)).isEqualTo("3");
        assertThat(TargetJudge.fmt(1.004)).isEqualTo("1.00");
        assertThat(TargetJudge.fmt(0.125)).isEqualTo("0.13");
        assertThat(TargetJudge.signed(1.5)).isEqualTo("+1.50");
        assertThat(TargetJudge.signed(0)).isEqualTo("0");
        assertThat(TargetJudge.signed(-1.5)).isEqualTo("-1.50");
    }

    @Test
    void aYearBeforeTheBaselineYearIsNeverTheStartingPoint() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2021, 2026);
        Judgement j = judge(t, 1.4, Periods.parse("2025Q3"), Map.of(2020, 0.5, 2023, 1.2));
        assertThat(j.evidence()).contains("以 2023 年为起点");
        assertThat(j.pathValue()).isCloseTo(1.2 + 0.3 * 1.75 / 3, within(1e-9));
    }
}
