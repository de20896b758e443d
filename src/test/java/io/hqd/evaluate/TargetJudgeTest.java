package io.hqd.evaluate;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.hqd.evaluate.Targets.history;
import static io.hqd.evaluate.Targets.target;
import static io.hqd.evaluate.Targets.value;
import static org.assertj.core.api.Assertions.assertThat;

class TargetJudgeTest {
    private static final Indicator HIGHER = Targets.ratio("cmi", "w", "n", 1, Indicator.Direction.higher);
    private static final Indicator LOWER = Targets.ratio("alos", "d", "n", 1, Indicator.Direction.lower);
    private static final Periods Q3_2025 = Periods.parse("2025Q3");

    private static Judgement judge(Target t, Indicator ind, double v, Periods p, Judging.History h) {
        return TargetJudge.judge(t, ind, value(v), p, 2022, false, h);
    }

    @Test
    void eachTargetIsMetWhenTheValueReachesIt() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2021, 2026);
        assertThat(judge(t, HIGHER, 1.52, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.met);
    }

    @Test
    void beforeTheTargetYearTheStraightPathFromTheBaselineDecides() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2021, 2026);
        // Baseline 2021 = 1.0; 2025Q3 is (2025.75 - 2022) / 5 = 0.75 of the way: path = 1.375.
        var h = history(Map.of(2021, 1.0), null);
        Judgement onTrack = judge(t, HIGHER, 1.40, Q3_2025, h);
        assertThat(onTrack.status()).isEqualTo(Status.on_track);
        assertThat(onTrack.pathValue()).isCloseTo(1.375, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(judge(t, HIGHER, 1.30, Q3_2025, h).status()).isEqualTo(Status.behind);
    }

    @Test
    void aHospitalsYesNoHasNoPathBeforeItsYearOnlyNotDoneYet() {
        Indicator flag = Targets.element("secretary_president_separate", Indicator.Aggregation.flag, Indicator.PeriodAggregation.latest);
        Target t = target(Target.Kind.each, "=", 1.0, null, null, 2022, 2027);
        var h = history(Map.of(2022, 0.0), null);
        Judgement no = judge(t, flag, 0, Periods.parse("2026Q3"), h);
        assertThat(no.status()).isEqualTo(Status.behind);
        assertThat(no.pathValue()).as("no fraction of a yes/no").isNull();
        assertThat(no.evidence()).contains("尚未实现", "2027 年底前").doesNotContain("按进度本期应达");
        assertThat(judge(t, flag, 1, Periods.parse("2026Q3"), h).status()).isEqualTo(Status.met);
        assertThat(judge(t, flag, 0, Periods.parse("2027Q4"), h).status()).as("its year over").isEqualTo(Status.not_met);
        // a region's figure of a yes/no is the share of its hospitals saying 是: that share has a path
        Judgement region = TargetJudge.judge(t, flag, value(0.5), Periods.parse("2026Q3"), 2022, true, h);
        assertThat(region.pathValue()).isNotNull();
    }

    @Test
    void missingBaselineStartsThePathAtTheEarliestFullYearHeld() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2021, 2026);
        Judgement j = judge(t, HIGHER, 1.40, Q3_2025, history(Map.of(2023, 1.2), null));
        assertThat(j.evidence()).contains("以 2023 年为起点");
        assertThat(j.status()).isEqualTo(Status.on_track);
    }

    @Test
    void noBaselineAtAllIsBehindNotGuessed() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2021, 2026);
        assertThat(judge(t, HIGHER, 1.40, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.behind);
    }

    @Test
    void inTheTargetYearsLastQuarterOrLaterAMissIsNotMet() {
        Target t = target(Target.Kind.each, "<=", 9.7, null, null, 2020, 2025);
        assertThat(judge(t, LOWER, 9.9, Periods.parse("2025Q4"), history(Map.of(2020, 11.0), null)).status())
                .isEqualTo(Status.not_met);
        assertThat(judge(t, LOWER, 9.9, Periods.parse("2026Q1"), history(Map.of(2020, 11.0), null)).status())
                .isEqualTo(Status.not_met);
        assertThat(judge(t, LOWER, 9.6, Periods.parse("2026Q1"), history(Map.of(), null)).status())
                .isEqualTo(Status.met);
    }

    @Test
    void noValueIsNoData() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, 2021, 2026);
        Judgement j = TargetJudge.judge(t, HIGHER, Measure.none(1), Q3_2025, 2022, false, history(Map.of(), null));
        assertThat(j.status()).isEqualTo(Status.no_data);
    }

    @Test
    void approxWithinToleranceIsMetAndOutsideIsJudgedAgainstTheBandEdge() {
        Target t = target(Target.Kind.approx, ">=", 2.0, null, 0.1, 2022, 2027);
        assertThat(judge(t, HIGHER, 1.93, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.met);
        assertThat(judge(t, HIGHER, 2.08, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.met);
        // 达到2左右 with ≥: exceeding the band is still met, and every row carries the same applied edge
        Judgement above = judge(t, HIGHER, 2.4, Q3_2025, history(Map.of(), null));
        assertThat(above.status()).isEqualTo(Status.met);
        assertThat(above.targetValue()).isEqualTo(judge(t, HIGHER, 1.93, Q3_2025, history(Map.of(), null)).targetValue())
                .isCloseTo(1.9, org.assertj.core.data.Offset.offset(1e-9));
        // without a comparator (稳定在) the band is two-sided
        Target stable = target(Target.Kind.approx, null, 2.0, null, 0.1, 2022, 2027);
        assertThat(judge(stable, HIGHER, 2.05, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.met);
        assertThat(judge(stable, HIGHER, 2.4, Q3_2025, history(Map.of(), null)).status()).isNotEqualTo(Status.met);
        Judgement low = judge(t, HIGHER, 1.5, Q3_2025, history(Map.of(2022, 1.4), null));
        // Edge 1.9; path from 1.4 (2022) toward 1.9 by 2027: 2025Q3 is 0.55 of the way = 1.675.
        assertThat(low.status()).isEqualTo(Status.behind);
        assertThat(low.evidence()).contains("2±0.10");
    }

    @Test
    void rangeFloorIsTheTargetAndTheUpperValueIsTheStretch() {
        Target t = target(Target.Kind.range, ">=", 3.0, 5.0, null, 2020, 2025);
        assertThat(judge(t, HIGHER, 5, Periods.parse("2025Q4"), history(Map.of(), null)).evidence()).contains("力争值 5");
        Judgement floor = judge(t, HIGHER, 3, Periods.parse("2025Q4"), history(Map.of(), null));
        assertThat(floor.status()).isEqualTo(Status.met);
        assertThat(judge(t, HIGHER, 2, Periods.parse("2025Q4"), history(Map.of(), null)).status()).isEqualTo(Status.not_met);
    }

    @Test
    void directionOnlyComparesWithTheSameQuarterLastYear() {
        Target up = target(Target.Kind.direction, "up", null, null, null, null, 2025);
        assertThat(judge(up, HIGHER, 31, Q3_2025, history(Map.of(), 30.0)).status()).isEqualTo(Status.met);
        // case 6: before the target year's last quarter a miss is 滞后; from its last quarter on, 未达标
        assertThat(judge(up, HIGHER, 29, Q3_2025, history(Map.of(), 30.0)).status()).isEqualTo(Status.behind);
        assertThat(judge(up, HIGHER, 29, Periods.parse("2025Q4"), history(Map.of(), 30.0)).status()).isEqualTo(Status.not_met);
        assertThat(judge(up, HIGHER, 30, Q3_2025, history(Map.of(), 30.0)).status()).isEqualTo(Status.behind);
        assertThat(judge(up, HIGHER, 30, Periods.parse("2025Q4"), history(Map.of(), 30.0)).status()).isEqualTo(Status.not_met);
        assertThat(judge(up, HIGHER, 30, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.no_data);
    }

    @Test
    void annualChangeNeedsTheStatedAmountInTheStatedDirection() {
        Target t = target(Target.Kind.annual_change, "down", 0.5, null, null, null, 2025);
        assertThat(judge(t, LOWER, 29.4, Q3_2025, history(Map.of(), 30.0)).status()).isEqualTo(Status.met);
        assertThat(judge(t, LOWER, 29.8, Q3_2025, history(Map.of(), 30.0)).status()).isEqualTo(Status.behind);
        assertThat(judge(t, LOWER, 30.2, Q3_2025, history(Map.of(), 30.0)).status()).isEqualTo(Status.behind);
        assertThat(judge(t, LOWER, 29.8, Periods.parse("2025Q4"), history(Map.of(), 30.0)).status()).isEqualTo(Status.not_met);
        assertThat(judge(t, LOWER, 29.5, Periods.parse("2025Q4"), history(Map.of(), 30.0)).status()).isEqualTo(Status.met);
    }

    @Test
    void deadlinePassedWithoutTheValueIsNotMet() {
        Target t = Targets.target("T-02", "cmi", Target.Kind.deadline, Targets.scope(null, null), Target.EvaluateAt.city,
                null, null, ">=", 100.0, null, null, LocalDate.of(2022, 12, 31), 2021, null);
        assertThat(judge(t, HIGHER, 90, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.not_met);
        assertThat(judge(t, HIGHER, 100, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.met);
        Judgement early = judge(t, HIGHER, 90, Periods.parse("2022Q1"), history(Map.of(2021, 60.0), null));
        assertThat(early.status()).isEqualTo(Status.on_track);
    }

    @Test
    void rankSaysItOnlyRanksWithinTheDataHeld() {
        Target t = target(Target.Kind.rank, "top", null, null, null, null, 2025);
        Judgement j = RankKind.rank(t, 2, 9);
        assertThat(j.status()).isEqualTo(Status.met);
        assertThat(j.evidence()).contains("第 2／9").contains("系统仅能在其掌握的数据内排名");
        assertThat(RankKind.rank(t, 4, 9).status()).isEqualTo(Status.not_met);
    }

    @Test
    void anUndatedTargetIsJudgedOnTheValueNow() {
        Target t = target(Target.Kind.each, ">=", 1.5, null, null, null, null);
        assertThat(judge(t, HIGHER, 1.2, Q3_2025, history(Map.of(2021, 1.0), null)).status()).isEqualTo(Status.not_met);
        assertThat(judge(t, HIGHER, 1.6, Q3_2025, history(Map.of(), null)).status()).isEqualTo(Status.met);
    }
}
