package io.hqd.evaluate.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * Yearly commitments (每年开展…评价, 每年举办…, 分年度下达…) are judged per calendar year: done this year,
 * not once for all. Uses the bundled catalog's own rows.
 */
class YearlyMilestoneTest {

    private static Map<String, Target> targets;

    /** The commitments whose words make them yearly (catalog/README.md, `repeat`). */
    private static final List<String> YEARLY = List.of("YA2022-59", "YB-P3-55", "YB-P3-56", "YB-P3-60", "YB-P3-65",
            "YB-P3-66", "WH-P4-31", "PZH14-201", "PZH14-202", "PZH14-206", "PZH14-209", "PZH14-255", "MD2022-18");

    @BeforeAll
    static void load() {
        Catalog c = CatalogLoader.loadBundled();
        targets = c.targets().stream().collect(Collectors.toMap(Target::targetCode, Function.identity()));
    }

    /** YA2022-59 每年度有序组织开展科学评价工作, reported by each county bureau (here 雨城区); plan to 2027. */
    private static Target evaluation() {
        return targets.get("YA2022-59");
    }

    private static MilestoneReport report(String period, MilestoneState state, LocalDate on) {
        return new MilestoneReport("YA2022-59", "511802", Periods.parse(period), state, on, "年度评价已开展", "雨卫发〔" + period + "〕1号");
    }

    private static MilestoneJudge.Judgement judge(String period, MilestoneReport... reports) {
        return MilestoneJudge.judge(evaluation(), Periods.parse(period), List.of(reports));
    }

    @Test
    void theCatalogStatesWhichCommitmentsRepeatEachYearInItsRepeatColumn() {
        assertThat(targets.values().stream().filter(Target::repeatsYearly).map(Target::targetCode))
                .containsExactlyInAnyOrderElementsOf(YEARLY);
        assertThat(targets.get("PZH14-201").quote()).contains("每年举办");
        // each of them says so in its own words; SH-P1-23 (开展…绩效评价, no 每年) is once for all
        assertThat(targets.values()).filteredOn(Target::repeatsYearly)
                .allSatisfy(t -> assertThat(t.quote()).as(t.targetCode()).containsPattern("每年|年度"));
        assertThat(targets.get("SH-P1-23").repeatsYearly()).isFalse();
        assertThat(targets.get("YB-P3-39").repeat()).isEqualTo(Target.Repeat.once); // 搬迁: once for all
        assertThat(targets.values()).filteredOn(Target::repeatsYearly).allMatch(Target::isMilestone);
    }

    @Test
    void doneInTheFirstQuarterCountsForTheWholeYear() {
        MilestoneReport q1 = report("2026Q1", MilestoneState.done, LocalDate.of(2026, 1, 2));
        assertThat(judge("2026Q1", q1).status()).isEqualTo(MilestoneStatus.done);
        var q4 = judge("2026Q4", q1);
        assertThat(q4.status()).isEqualTo(MilestoneStatus.done);
        assertThat(q4.text()).startsWith("2026 年：已完成（2026-01-02 完成）");
        assertThat(q4.due()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void doneInTheLastQuarterCountsForThatYearOnly() {
        MilestoneReport q3 = report("2026Q3", MilestoneState.in_progress, LocalDate.of(2026, 9, 1));
        MilestoneReport q4 = report("2026Q4", MilestoneState.done, LocalDate.of(2026, 12, 31));
        var before = judge("2026Q3", q3, q4);
        assertThat(before.status()).isEqualTo(MilestoneStatus.on_schedule);
        assertThat(before.text()).isEqualTo("2026 年：推进中（期限 2026-12-31）");
        assertThat(judge("2026Q4", q3, q4).text()).startsWith("2026 年：已完成");
        var next = judge("2027Q1", q3, q4);
        assertThat(next.status()).isEqualTo(MilestoneStatus.no_data);
        assertThat(next.due()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(next.text()).isEqualTo("2027 年：从未报告进展（期限 2027-12-31）；2026 年：已完成");
    }

    @Test
    void doneLastYearButNotThisYearIsNotDone() {
        MilestoneReport last = report("2025Q4", MilestoneState.done, LocalDate.of(2025, 11, 20));
        MilestoneReport now = report("2026Q2", MilestoneState.in_progress, LocalDate.of(2026, 5, 1));
        var j = judge("2026Q2", last, now);
        assertThat(j.status()).isEqualTo(MilestoneStatus.on_schedule);
        assertThat(j.basis()).isEqualTo(now);
        assertThat(j.text()).isEqualTo("2026 年：推进中（期限 2026-12-31）；2025 年：已完成");
        // The same reports for a once-for-all commitment: done.
        Target once = targets.get("SH-P1-22");
        assertThat(once.repeatsYearly()).isFalse();
        assertThat(MilestoneJudge.judge(once, Periods.parse("2026Q2"), List.of(last, now)).status()).isEqualTo(MilestoneStatus.done);
    }

    @Test
    void aCompletionReportedInJanuaryForLastDecemberCountsForLastYear() {
        MilestoneReport late = report("2026Q1", MilestoneState.done, LocalDate.of(2025, 12, 28));
        var j = judge("2026Q1", late);
        assertThat(j.status()).isEqualTo(MilestoneStatus.no_data);
        assertThat(j.text()).isEqualTo("2026 年：从未报告进展（期限 2026-12-31）；2025 年：已完成");
    }

    @Test
    void pastTheTargetYearTheTargetYearIsJudgedAndOverdue() {
        // PZH14-201 力争每年举办…学术会议 runs to 2025: in 2026 its 2025 obligation is what is judged.
        Target meetings = targets.get("PZH14-201");
        MilestoneReport q4 = new MilestoneReport("PZH14-201", "510400", Periods.parse("2025Q4"), MilestoneState.in_progress,
                LocalDate.of(2025, 10, 1), "筹备中", "");
        var j = MilestoneJudge.judge(meetings, Periods.parse("2026Q1"), List.of(q4));
        assertThat(j.due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(j.daysOverdue()).isEqualTo(90);
        assertThat(j.text()).startsWith("2025 年：本期未报告，上次（2025Q4）为推进中");
        assertThat(MilestoneJudge.dueIn(meetings, Periods.parse("2024Q2"))).contains(LocalDate.of(2024, 12, 31));
    }

    /** MD2022-18 每年10月底前…报送本单位工作总结: due 31 October of every year, not 31 December. */
    @Test
    void aYearlyDeliverableWithADueDayIsDueThatDayEveryYear() {
        Target summary = targets.get("MD2022-18");
        assertThat(summary.deadline()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(MilestoneJudge.dueIn(summary, Periods.parse("2023Q2"))).contains(LocalDate.of(2023, 10, 31));
        MilestoneReport onTime = new MilestoneReport("MD2022-18", "H37170201", Periods.parse("2023Q4"), MilestoneState.done,
                LocalDate.of(2023, 10, 31), "工作总结已报送", "牡医发〔2023〕9号");
        var j = MilestoneJudge.judge(summary, Periods.parse("2023Q4"), List.of(onTime));
        assertThat(j.status()).isEqualTo(MilestoneStatus.done);
        assertThat(j.text()).isEqualTo("2023 年：已完成（2023-10-31 完成）");
        MilestoneReport late = new MilestoneReport("MD2022-18", "H37170201", Periods.parse("2023Q4"), MilestoneState.done,
                LocalDate.of(2023, 11, 1), "工作总结已报送", "牡医发〔2023〕9号");
        assertThat(MilestoneJudge.judge(summary, Periods.parse("2023Q4"), List.of(late)).text())
                .isEqualTo("2023 年：已完成（2023-11-01 完成，晚于期限 2023-10-31）");
        // still being written at the end of the year: overdue since 31 October (61 days to 31 December)
        MilestoneReport writing = new MilestoneReport("MD2022-18", "H37170201", Periods.parse("2023Q4"), MilestoneState.in_progress,
                LocalDate.of(2023, 10, 20), "正在撰写", "");
        var overdue = MilestoneJudge.judge(summary, Periods.parse("2023Q4"), List.of(writing));
        assertThat(overdue.status()).isEqualTo(MilestoneStatus.overdue);
        assertThat(overdue.daysOverdue()).isEqualTo(61);
        // in the third quarter (ends 30 September) the same report is on schedule
        MilestoneReport q3 = new MilestoneReport("MD2022-18", "H37170201", Periods.parse("2023Q3"), MilestoneState.in_progress,
                LocalDate.of(2023, 9, 20), "正在撰写", "");
        assertThat(MilestoneJudge.judge(summary, Periods.parse("2023Q3"), List.of(q3)).status()).isEqualTo(MilestoneStatus.on_schedule);
    }

    @Test
    void lastYearLeftInProgressIsSaidToBeUnfinished() {
        MilestoneReport lastYear = report("2025Q4", MilestoneState.in_progress, LocalDate.of(2025, 12, 1));
        assertThat(judge("2026Q1", lastYear).text()).endsWith("；2025 年：未完成");
    }

    @Test
    void aReportFromAfterTheJudgedPeriodDoesNotSpeakForLastYear() {
        // 2025's completion, reported only in 2026Q3: the 2026Q2 view has not seen it
        MilestoneReport late = report("2026Q3", MilestoneState.done, LocalDate.of(2025, 11, 30));
        assertThat(judge("2026Q2", late).text()).doesNotContain("2025 年");
        assertThat(judge("2026Q3", late).text()).endsWith("；2025 年：已完成");
    }
}
