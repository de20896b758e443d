package io.hqd.evaluate;

import static io.hqd.evaluate.Targets.history;
import static io.hqd.evaluate.Targets.target;
import static io.hqd.evaluate.Targets.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/** Every catalog kind has exactly one class; each class checks its own catalog columns and reads as words. */
class TargetKindsTest {
    private static final Indicator HIGHER = Targets.ratio("cmi", "w", "n", 1, Indicator.Direction.higher);

    private static List<String> fields(Target t) {
        return TargetKinds.of(t.kind()).validate(t).stream().map(TargetKind.RowProblem::field).toList();
    }

    private static Target row(Target.Kind kind, String op, Double value, Double high, Double tolerance) {
        return target(kind, op, value, high, tolerance, 2020, 2025);
    }

    @Test
    void everyCatalogKindHasItsOwnClass() {
        for (Target.Kind k : Target.Kind.values()) {
            assertThat(TargetKinds.of(k).kinds()).as(k.name()).contains(k);
        }
    }

    @Test
    void comparisonKindsNeedAComparatorAndAValue() {
        for (Target.Kind k : List.of(Target.Kind.each, Target.Kind.total, Target.Kind.region_rate)) {
            assertThat(fields(row(k, ">=", 1.0, null, null))).isEmpty();
            // an unknown spelling never gets this far (CatalogLoader rejects it); a direction is the wrong comparator here
            assertThat(fields(row(k, "up", 1.0, null, null))).containsExactly("op");
            assertThat(fields(row(k, "top", 1.0, null, null))).containsExactly("op");
            assertThat(fields(row(k, null, null, null, null))).containsExactly("op", "value");
        }
        for (String op : List.of(">=", "<=", ">", "<", "=")) {
            assertThat(fields(row(Target.Kind.each, op, 1.0, null, null))).isEmpty();
        }
    }

    @Test
    void shareAndCountNeedTheHospitalsConditionAndAShareWithinAHundred() {
        Target ok = Targets.target("S", "x", Target.Kind.share, Targets.scope(null, null), Target.EvaluateAt.city,
                "=", 1.0, ">=", 60.0, null, null, null, 2020, 2025);
        assertThat(fields(ok)).isEmpty();
        Target none = Targets.target("S", "x", Target.Kind.count, Targets.scope(null, null), Target.EvaluateAt.city,
                null, null, ">=", 3.0, null, null, null, 2020, 2025);
        assertThat(fields(none)).containsExactly("condition_op", "condition_value");
        for (double v : new double[] {-0.1, 100.1}) {
            Target bad = Targets.target("S", "x", Target.Kind.share, Targets.scope(null, null), Target.EvaluateAt.city,
                    "=", 1.0, ">=", v, null, null, null, 2020, 2025);
            assertThat(fields(bad)).as(String.valueOf(v)).containsExactly("value");
        }
        for (double v : new double[] {0, 100}) {
            Target edge = Targets.target("S", "x", Target.Kind.share, Targets.scope(null, null), Target.EvaluateAt.city,
                    "=", 1.0, ">=", v, null, null, null, 2020, 2025);
            assertThat(fields(edge)).isEmpty();
        }
        Target count = Targets.target("S", "x", Target.Kind.count, Targets.scope(null, null), Target.EvaluateAt.city,
                "=", 1.0, ">=", 300.0, null, null, null, 2020, 2025);
        assertThat(fields(count)).isEmpty();
    }

    @Test
    void rangeApproxDirectionChangeDeadlineRankGrowthAndMilestoneRows() {
        assertThat(fields(row(Target.Kind.range, ">=", 1.0, 2.0, null))).isEmpty();
        assertThat(fields(row(Target.Kind.range, ">=", 1.0, 1.0, null))).isEmpty();
        assertThat(fields(row(Target.Kind.range, ">=", 2.0, 1.0, null))).containsExactly("value_high");
        assertThat(fields(row(Target.Kind.range, ">=", null, null, null))).containsExactly("value", "value_high");
        assertThat(fields(row(Target.Kind.approx, ">=", 2.0, null, 0.0))).isEmpty();
        assertThat(fields(row(Target.Kind.approx, ">=", null, null, -0.1))).containsExactly("value", "tolerance");
        assertThat(fields(row(Target.Kind.approx, ">=", 2.0, null, null))).containsExactly("tolerance");
        // 左右 opens the tolerance on one side (>=, <=) or both (blank); any other comparator has no meaning here
        assertThat(fields(row(Target.Kind.approx, "<=", 2.0, null, 0.1))).isEmpty();
        assertThat(fields(row(Target.Kind.approx, null, 2.0, null, 0.1))).isEmpty();
        for (String op : List.of("=", ">", "<", "up", "top")) {
            assertThat(fields(row(Target.Kind.approx, op, 2.0, null, 0.1))).as(op).containsExactly("op");
        }
        for (Target.Kind k : List.of(Target.Kind.direction, Target.Kind.annual_change, Target.Kind.growth)) {
            assertThat(fields(row(k, "up", 1.0, null, null))).as(k.name()).isEmpty();
            assertThat(fields(row(k, "down", 1.0, null, null))).as(k.name()).isEmpty();
            assertThat(fields(row(k, ">=", 1.0, null, null))).as(k.name()).contains("op");
        }
        for (Target.Kind k : List.of(Target.Kind.annual_change, Target.Kind.growth)) {
            assertThat(fields(row(k, "up", 0.0, null, null))).containsExactly("value");
            assertThat(fields(row(k, "up", null, null, null))).containsExactly("value");
        }
        Target deadline = Targets.target("D", "x", Target.Kind.deadline, Targets.scope(null, null), Target.EvaluateAt.city,
                null, null, ">=", 1.0, null, null, LocalDate.of(2025, 6, 30), 2020, 2025);
        assertThat(fields(deadline)).isEmpty();
        assertThat(fields(row(Target.Kind.deadline, ">=", 1.0, null, null))).containsExactly("deadline");
        assertThat(fields(row(Target.Kind.rank, "top", null, null, null))).isEmpty();
        assertThat(fields(row(Target.Kind.rank, ">=", null, null, null))).containsExactly("op");
        Target milestone = Targets.target("M", "milestone", Target.Kind.milestone, Targets.scope(null, null),
                Target.EvaluateAt.hospital, null, null, null, null, null, null, null, 2020, 2025);
        assertThat(fields(milestone)).isEmpty();
        Target countyMilestone = Targets.target("M", "milestone", Target.Kind.milestone, Targets.scope(null, null),
                Target.EvaluateAt.county, null, null, ">=", 1.0, null, null, null, 2020, 2025);
        assertThat(fields(countyMilestone)).containsExactly("op", "responsible");
    }

    @Test
    void aYearlyMilestonesDeadlineYearMustBeItsTargetYearWhenBothAreGiven() {
        assertThat(fields(yearly(LocalDate.of(2025, 10, 31), 2025))).isEmpty();
        assertThat(fields(yearly(LocalDate.of(2024, 10, 31), 2025))).containsExactly("deadline");
        assertThat(fields(yearly(null, 2025))).isEmpty();                        // no deadline: nothing to compare
        assertThat(fields(yearly(LocalDate.of(2024, 10, 31), null))).isEmpty();  // no target year: nothing to compare
        Target once = new Target("M", "YA2022", "milestone", Target.Kind.milestone, Targets.scope(null, null),
                Target.EvaluateAt.hospital, null, null, null, null, null, null, LocalDate.of(2024, 10, 31), 2020, null, 2025,
                "确定", "一、", "原文", null, null, Target.Repeat.once);
        assertThat(fields(once)).isEmpty();                                      // done once: its deadline is a date
    }

    private static Target yearly(LocalDate deadline, Integer targetYear) {
        return new Target("M", "YA2022", "milestone", Target.Kind.milestone, Targets.scope(null, null),
                Target.EvaluateAt.hospital, null, null, null, null, null, null, deadline, 2020, null, targetYear,
                "确定", "一、", "原文", null, null, Target.Repeat.yearly);
    }

    @Test
    void kindsDescribeTheTargetInWords() {
        assertThat(TargetKinds.of(Target.Kind.each).describe(row(Target.Kind.each, ">=", 1.9, null, null))).isEqualTo("≥ 1.90");
        assertThat(TargetKinds.of(Target.Kind.range).describe(row(Target.Kind.range, ">=", 1.0, 2.0, null))).isEqualTo("1—2");
        assertThat(TargetKinds.of(Target.Kind.approx).describe(row(Target.Kind.approx, ">=", 2.0, null, 0.1))).isEqualTo("2±0.10");
        assertThat(TargetKinds.of(Target.Kind.direction).describe(row(Target.Kind.direction, "up", null, null, null))).isEqualTo("逐步提高");
        assertThat(TargetKinds.of(Target.Kind.direction).describe(row(Target.Kind.direction, "down", null, null, null))).isEqualTo("逐步降低");
        assertThat(TargetKinds.of(Target.Kind.annual_change).describe(row(Target.Kind.annual_change, "down", 0.5, null, null)))
                .isEqualTo("每年降低 0.50");
        assertThat(TargetKinds.of(Target.Kind.annual_change).describe(row(Target.Kind.annual_change, "up", 1000.0, null, null)))
                .isEqualTo("每年提高 1000");
        assertThat(TargetKinds.of(Target.Kind.growth).describe(row(Target.Kind.growth, "up", 10.0, null, null))).isEqualTo("增加 10%");
        assertThat(TargetKinds.of(Target.Kind.growth).describe(row(Target.Kind.growth, "down", 10.0, null, null))).isEqualTo("降低 10%");
        assertThat(TargetKinds.of(Target.Kind.rank).describe(row(Target.Kind.rank, "top", null, null, null))).isEqualTo("排名前列");
        assertThat(TargetKinds.of(Target.Kind.rank).describe(row(Target.Kind.rank, "top", 3.0, null, null))).isEqualTo("排名前 3");
        Target share = Targets.target("S", "x", Target.Kind.share, Targets.scope(null, null), Target.EvaluateAt.city,
                "=", 1.0, ">=", 60.0, null, null, null, 2020, 2025);
        assertThat(TargetKinds.of(Target.Kind.share).describe(share)).isEqualTo("符合条件的医院占比 ≥ 60%");
        Target count = Targets.target("S", "x", Target.Kind.count, Targets.scope(null, null), Target.EvaluateAt.city,
                "=", 1.0, ">=", 3.0, null, null, null, 2020, 2025);
        assertThat(TargetKinds.of(Target.Kind.count).describe(count)).isEqualTo("符合条件的医院数 ≥ 3 家");
        Target deadline = Targets.target("D", "x", Target.Kind.deadline, Targets.scope(null, null), Target.EvaluateAt.city,
                null, null, ">=", 1.0, null, null, LocalDate.of(2025, 6, 30), 2020, 2025);
        assertThat(TargetKinds.of(Target.Kind.deadline).describe(deadline)).isEqualTo("2025-06-30 前 ≥ 1");
        assertThat(TargetKinds.of(Target.Kind.milestone).describe(deadline)).isEqualTo("按期完成");
    }

    @Test
    void rankAndMilestoneAreNotJudgedValueByValue() {
        Judging j = new Judging(row(Target.Kind.rank, "top", null, null, null), HIGHER, Periods.parse("2025Q4"), 2021,
                false, history(Map.of(), null));
        assertThatThrownBy(() -> TargetKinds.of(Target.Kind.rank).judge(j, value(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TargetKinds.of(Target.Kind.milestone).judge(j, value(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rankCutOffDefaultsToTheTopThird() {
        Target top = row(Target.Kind.rank, "top", null, null, null);
        assertThat(RankKind.rank(top, 3, 9).status()).isEqualTo(Status.met);
        assertThat(RankKind.rank(top, 4, 9).status()).isEqualTo(Status.not_met);
        assertThat(RankKind.rank(top, 4, 10).status()).isEqualTo(Status.met);   // ceil(10/3) = 4
        assertThat(RankKind.rank(top, 4, 10).targetValue()).isEqualTo(4.0);
        assertThat(RankKind.rank(row(Target.Kind.rank, "top", 1.0, null, null), 2, 9).status()).isEqualTo(Status.not_met);
    }

    @Test
    void anAnnualChangeWithAStatedBaselineAccumulatesOverTheYears() {
        Target t = new Target("PZH14-19", "PZH14", "child_myopia_rate", Target.Kind.annual_change, Targets.scope(null, null),
                Target.EvaluateAt.city, null, null, Comparator.down, 0.5, null, null, null, 2020, 43.14, 2025, "约束性", "表1", "原文", "");
        Indicator lower = Targets.ratio("child_myopia_rate", "a", "b", 100, Indicator.Direction.lower);
        // end of 2024 is four years after 2020: 43.14 − 4 × 0.5 = 41.14
        Judgement exact = TargetJudge.judge(t, lower, value(41.14), Periods.parse("2024Q4"), 2021, true, history(Map.of(), null));
        assertThat(exact.status()).isEqualTo(Status.met);
        assertThat(exact.targetValue()).isCloseTo(41.14, within(1e-9));
        assertThat(exact.evidence()).contains("基期 2020 年 43.14", "累计 4 年应达 41.14");
        assertThat(TargetJudge.judge(t, lower, value(41.2), Periods.parse("2024Q4"), 2021, true, history(Map.of(), null))
                .status()).isEqualTo(Status.behind);
        // mid-year the requirement is prorated by quarter: 2025Q2 is 4.5 years on
        assertThat(TargetJudge.judge(t, lower, value(40.9), Periods.parse("2025Q2"), 2021, true, history(Map.of(), null))
                .targetValue()).isCloseTo(40.89, within(1e-9));
        assertThat(TargetJudge.judge(t, lower, value(41.0), Periods.parse("2025Q4"), 2021, true, history(Map.of(), null))
                .status()).isEqualTo(Status.not_met);
        // not the plan's own region: compared with last year like for like instead
        Judgement other = TargetJudge.judge(t, lower, value(41.0), Periods.parse("2024Q4"), 2021, false, history(Map.of(), 41.6));
        assertThat(other.status()).isEqualTo(Status.met);
        assertThat(other.targetValue()).isCloseTo(41.1, within(1e-9));
    }

    @Test
    void aPartialYearComparisonProratesTheYearlyAmountAndIsProvisional() {
        Target t = target(Target.Kind.annual_change, "up", 1000.0, null, null, null, 2027);
        Judging.History h = new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                return null;
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return new Judging.YearOnYear(value(2950), value(2700), "同口径比较：仅比较第 3 季度", 0.25);
            }
        };
        Judgement j = TargetJudge.judge(t, HIGHER, value(9000), Periods.parse("2026Q3"), 2022, false, h);
        assertThat(j.targetValue()).isCloseTo(2950, within(1e-9));   // 2700 + 1000 × 1/4
        assertThat(j.status()).isEqualTo(Status.met);
        assertThat(j.provisional()).isTrue();
        assertThat(j.evidence()).contains("同口径比较", "本年同口径 2950", "折算为 250");
        Judgement dir = TargetJudge.judge(target(Target.Kind.direction, "up", null, null, null, null, 2027), HIGHER,
                value(9000), Periods.parse("2026Q3"), 2022, false, h);
        assertThat(dir.status()).isEqualTo(Status.met);
        assertThat(dir.provisional()).isTrue();
        assertThat(dir.targetValue()).isEqualTo(2700.0);
    }
}
