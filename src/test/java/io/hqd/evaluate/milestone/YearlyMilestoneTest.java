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

    @BeforeAll
    static void load() {
        Catalog c = CatalogLoader.loadBundled();
        targets = c.targets().stream().collect(Collectors.toMap(Target::targetCode, Function.identity()));
    }

    /** SH-P1-23 开展公立医院高质量发展绩效评价 (每年开展), reported by the municipal commission; plan to 2030. */
    private static Target evaluation() {
        return targets.get("SH-P1-23");
    }

    private static MilestoneReport report(String period, MilestoneState state, LocalDate on) {
        return new MilestoneReport("SH-P1-23", "310000", Periods.parse(period), state, on, "年度评价已开展", "沪卫发〔" + period + "〕1号");
    }

    private static MilestoneJudge.Judgement judge(String period, MilestoneReport... reports) {
        return MilestoneJudge.judge(evaluation(), Periods.parse(period), List.of(reports));
    }

    @Test
    void theCatalogStatesWhichCommitmentsRepeatEachYearInItsRepeatColumn() {
        assertThat(targets.values().stream().filter(Target::repeatsYearly).map(Target::targetCode))
                .containsExactlyInAnyOrder("SH-P1-23", "YB-P3-55", "YB-P3-56", "PZH14-201", "PZH14-202");
        assertThat(targets.get("PZH14-201").quote()).contains("每年举办");
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
}
