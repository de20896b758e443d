package io.hqd.evaluate.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Plan;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/** The status of a qualitative commitment at the edges of its deadline and of reporting. */
class MilestoneJudgeTest {

    private static Target milestone(LocalDate deadline, Integer targetYear) {
        return new Target("YB-P3-39", "YB-P3", Target.MILESTONE_INDICATOR, Target.Kind.milestone,
                new Target.Scope("511500", null, null, null, null, null, List.of("H51150001")), Target.EvaluateAt.hospital,
                null, null, null, null, null, null, deadline, null, null, targetYear, "确定", "二、(一)1",
                "市一医院总院搬迁至西区院区", null, null);
    }

    private static MilestoneReport report(String period, MilestoneState state, LocalDate on) {
        return new MilestoneReport("YB-P3-39", "H51150001", Periods.parse(period), state, on, "院区主体完工", "宜卫发〔2026〕1号");
    }

    @Test
    void dueAtTheEndOfTheTargetYearUnlessADeadlineIsGiven() {
        assertThat(MilestoneJudge.due(milestone(null, 2026))).contains(LocalDate.of(2026, 12, 31));
        assertThat(MilestoneJudge.due(milestone(LocalDate.of(2022, 6, 30), 2022))).contains(LocalDate.of(2022, 6, 30));
        assertThat(MilestoneJudge.due(milestone(null, null))).isEmpty();
    }

    @Test
    void inProgressInTheQuarterEndingOnTheDueDateIsOnSchedule() {
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2026Q4"),
                List.of(report("2026Q4", MilestoneState.in_progress, LocalDate.of(2026, 12, 1))));
        assertThat(j.status()).isEqualTo(MilestoneStatus.on_schedule);
        assertThat(j.daysOverdue()).isZero();
    }

    @Test
    void inProgressTheQuarterAfterTheDueDateIsOverdue() {
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2027Q1"),
                List.of(report("2027Q1", MilestoneState.in_progress, LocalDate.of(2027, 3, 1))));
        assertThat(j.status()).isEqualTo(MilestoneStatus.overdue);
        assertThat(j.daysOverdue()).isEqualTo(90);
        assertThat(j.text()).contains("推进中", "90 天");
    }

    @Test
    void notStartedBeforeTheDeadlineIsStillOnScheduleButSaysSo() {
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2025Q2"),
                List.of(report("2025Q2", MilestoneState.not_started, null)));
        assertThat(j.status()).isEqualTo(MilestoneStatus.on_schedule);
        assertThat(j.text()).startsWith("未启动");
    }

    @Test
    void doneStaysDoneAndALateCompletionIsNoted() {
        List<MilestoneReport> reports = List.of(report("2026Q4", MilestoneState.in_progress, null),
                report("2027Q2", MilestoneState.done, LocalDate.of(2027, 5, 8)));
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2027Q4"), reports);
        assertThat(j.status()).isEqualTo(MilestoneStatus.done);
        assertThat(j.text()).contains("2027-05-08", "晚于期限 2026-12-31");
        var onTime = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2026Q3"),
                List.of(report("2026Q3", MilestoneState.done, LocalDate.of(2026, 12, 31))));
        assertThat(onTime.text()).doesNotContain("晚于");
    }

    @Test
    void anOlderInProgressDoesNotCarryForward() {
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2026Q2"),
                List.of(report("2026Q1", MilestoneState.in_progress, null)));
        assertThat(j.status()).isEqualTo(MilestoneStatus.no_data);
        assertThat(j.text()).contains("本期未报告", "2026Q1", "推进中");
    }

    @Test
    void aReportForALaterPeriodIsNotUsed() {
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2026Q1"),
                List.of(report("2026Q2", MilestoneState.done, LocalDate.of(2026, 5, 1))));
        assertThat(j.status()).isEqualTo(MilestoneStatus.no_data);
        assertThat(j.text()).contains("从未报告");
    }

    @Test
    void neverReportedPastTheDueDateSaysHowLate() {
        var j = MilestoneJudge.judge(milestone(LocalDate.of(2022, 6, 30), 2022), Periods.parse("2022Q3"), List.of());
        assertThat(j.status()).isEqualTo(MilestoneStatus.no_data);
        assertThat(j.daysOverdue()).isEqualTo(92);
        assertThat(j.text()).contains("已过期限 92 天");
    }

    @Test
    void anUndatedCommitmentIsNeverOverdue() {
        var j = MilestoneJudge.judge(milestone(null, null), Periods.parse("2030Q4"),
                List.of(new MilestoneReport("YB-P3-39", "H51150001", Periods.parse("2030Q4"), MilestoneState.in_progress,
                        null, "", "")));
        assertThat(j.status()).isEqualTo(MilestoneStatus.on_schedule);
        assertThat(j.text()).contains("原文未定期限");
    }

    @Test
    void statesParseFromTheirChineseLabels() {
        assertThat(MilestoneState.parse(" 已完成 ")).contains(MilestoneState.done);
        assertThat(MilestoneState.parse("推进中")).contains(MilestoneState.in_progress);
        assertThat(MilestoneState.parse("完成")).isEmpty();
    }

    @Test
    void anUndatedCommitmentDoneOnADayHasNoLatenessToNote() {
        var j = MilestoneJudge.judge(milestone(null, null), Periods.parse("2027Q2"),
                List.of(report("2027Q2", MilestoneState.done, LocalDate.of(2027, 5, 8))));
        assertThat(j.status()).isEqualTo(MilestoneStatus.done);
        assertThat(j.text()).isEqualTo("已完成（2027-05-08 完成）");
        var noDate = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2026Q2"),
                List.of(report("2026Q2", MilestoneState.done, null)));
        assertThat(noDate.text()).isEqualTo("已完成");
    }

    @Test
    void notReportedInTheQuarterEndingOnTheDueDateIsNotYetLate() {
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2026Q4"), List.of());
        assertThat(j.status()).isEqualTo(MilestoneStatus.no_data);
        assertThat(j.daysOverdue()).isZero();
        assertThat(j.text()).isEqualTo("从未报告进展（期限 2026-12-31）");
    }

    @Test
    void twoReportsForTheSamePeriodTheLaterOneCounts() {
        var j = MilestoneJudge.judge(milestone(null, 2026), Periods.parse("2026Q2"),
                List.of(report("2026Q2", MilestoneState.not_started, null), report("2026Q2", MilestoneState.in_progress, null)));
        assertThat(j.status()).isEqualTo(MilestoneStatus.on_schedule);
        assertThat(j.text()).isEqualTo("推进中（期限 2026-12-31）");
        assertThat(j.basis().state()).isEqualTo(MilestoneState.in_progress);
    }

    @Test
    void statusesPrintInChineseWorstFirstAndClosedPlansLast() {
        assertThat(java.util.Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::label))
                .containsExactly("逾期", "无数据", "按进度", "已完成", "规划期结束时未完成");
    }

    // A plan that ran 2018–2020 (攀枝花 2018 方案), judged in 2026: at the plan's last day, once and for all.
    private static final Plan CLOSED = new Plan("PZH2018", "攀枝花 2018—2020 方案", "x", "攀卫办〔2018〕221号", "510400",
            null, 2018, 2020, "000.txt");

    private static Target closedMilestone(LocalDate deadline) {
        return new Target("PZH2018-37", "PZH2018", Target.MILESTONE_INDICATOR, Target.Kind.milestone,
                new Target.Scope("510400", null, null, null, null, null, List.of("H51040001")), Target.EvaluateAt.hospital,
                null, null, null, null, null, null, deadline, null, null, 2020, "确定", "二、(四)",
                "实施医院环境美化工程", null, null);
    }

    private static MilestoneReport closedReport(String period, MilestoneState state, LocalDate on) {
        return new MilestoneReport("PZH2018-37", "H51040001", Periods.parse(period), state, on, "已验收", "攀卫发〔2020〕9号");
    }

    @Test
    void aClosedPlansCommitmentDoneOnItsLastDayIsDone() {
        var j = MilestoneJudge.judge(closedMilestone(null), CLOSED, Periods.parse("2026Q3"),
                List.of(closedReport("2020Q4", MilestoneState.done, LocalDate.of(2020, 12, 31))));
        assertThat(j.status()).isEqualTo(MilestoneStatus.done);
        assertThat(j.daysOverdue()).isZero();
        assertThat(j.text()).isEqualTo("已完成（2020-12-31 完成）（规划期 2018—2020 年已结束）");
    }

    @Test
    void aClosedPlansCommitmentDoneTheDayAfterItsEndIsClosedUnfinishedWithoutADayCount() {
        var j = MilestoneJudge.judge(closedMilestone(null), CLOSED, Periods.parse("2026Q3"),
                List.of(closedReport("2020Q4", MilestoneState.in_progress, LocalDate.of(2020, 11, 2)),
                        closedReport("2021Q1", MilestoneState.done, LocalDate.of(2021, 1, 1))));
        assertThat(j.status()).isEqualTo(MilestoneStatus.closed);
        assertThat(j.status().pastDue(j.daysOverdue())).isFalse();
        assertThat(j.daysOverdue()).isZero();
        assertThat(j.basis().period()).isEqualTo(Periods.parse("2020Q4"));
        assertThat(j.text()).isEqualTo("规划期结束时未完成（规划期 2018—2020 年已结束，止于 2020-12-31；规划期内最后报告（2020Q4）为推进中）"
                + "；规划期结束后报告完成（2021-01-01），不计入规划期");
        assertThat(j.text()).doesNotContain("已过期限", "天");
    }

    @Test
    void aClosedPlansStateDoesNotChangeWithTheYearItIsReadIn() {
        List<MilestoneReport> none = List.of();
        var in2021 = MilestoneJudge.judge(closedMilestone(LocalDate.of(2019, 6, 30)), CLOSED, Periods.parse("2021Q1"), none);
        var in2026 = MilestoneJudge.judge(closedMilestone(LocalDate.of(2019, 6, 30)), CLOSED, Periods.parse("2026Q4"), none);
        assertThat(in2021).isEqualTo(in2026);
        assertThat(in2026.status()).isEqualTo(MilestoneStatus.closed);
        assertThat(in2026.text()).isEqualTo("规划期结束时未完成（规划期 2018—2020 年已结束，止于 2020-12-31，期限 2019-06-30；规划期内从未报告进展）");
    }

    @Test
    void aCompletionWithinThePlanReportedAfterItsEndCounts() {
        MilestoneReport late = closedReport("2021Q2", MilestoneState.done, LocalDate.of(2020, 12, 20));
        var j = MilestoneJudge.judge(closedMilestone(null), CLOSED, Periods.parse("2026Q3"), List.of(late));
        assertThat(j.status()).isEqualTo(MilestoneStatus.done);
        assertThat(j.basis()).isSameAs(late);
        var undated = MilestoneJudge.judge(closedMilestone(null), CLOSED, Periods.parse("2026Q3"),
                List.of(closedReport("2021Q2", MilestoneState.done, null)));
        assertThat(undated.status()).isEqualTo(MilestoneStatus.closed);
        assertThat(undated.text()).endsWith("；规划期结束后报告完成（2021Q2），不计入规划期");
    }

    @Test
    void inItsLastQuarterAPlanIsStillCurrentAndACurrentPlansItemStillCountsAsOverdue() {
        var last = MilestoneJudge.judge(closedMilestone(LocalDate.of(2019, 6, 30)), CLOSED, Periods.parse("2020Q4"),
                List.of(closedReport("2020Q4", MilestoneState.in_progress, null)));
        assertThat(last.status()).isEqualTo(MilestoneStatus.overdue);
        assertThat(last.status().pastDue(last.daysOverdue())).isTrue();
        Plan running = new Plan("YB-P3", "宜宾方案", "x", "", "511500", null, 2022, 2026, "002.txt");
        var current = MilestoneJudge.judge(milestone(LocalDate.of(2025, 6, 30), 2026), running, Periods.parse("2026Q3"),
                List.of(report("2026Q3", MilestoneState.in_progress, null)));
        assertThat(current.status()).isEqualTo(MilestoneStatus.overdue);
        assertThat(current.daysOverdue()).isEqualTo(457);
        assertThat(current.status().pastDue(current.daysOverdue())).isTrue();
        Plan undated = new Plan("HOSP-P2", "作风整顿", "x", "", "411300", null, null, null, "002.txt");
        assertThat(MilestoneJudge.judge(milestone(null, null), undated, Periods.parse("2030Q4"), List.of()).status())
                .isEqualTo(MilestoneStatus.no_data);
    }
}
