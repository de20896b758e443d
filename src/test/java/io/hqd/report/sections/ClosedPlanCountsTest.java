package io.hqd.report.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.milestone.MilestoneRow;
import io.hqd.evaluate.milestone.MilestoneStatus;

/**
 * A closed plan's 规划期结束时未完成 is said apart in a pack's words and never counted as 逾期, while a
 * current plan's overdue item still is.
 */
class ClosedPlanCountsTest {

    static MilestoneRow row(String target, MilestoneStatus status, long days, String text) {
        return new MilestoneRow("2026Q3", target, target.replaceFirst("-\\d+$", ""), null, "确定", EntityType.hospital, "H51040001",
                "攀枝花市中心医院", "实施医院环境美化工程", LocalDate.of(2020, 12, 31), "推进中", null, null, null,
                status, days, text, "2020Q4");
    }

    @Test
    void aPacksWordsCountClosedItemsApartFromTheOverdueOnes() {
        String words = Conclusions.milestones(List.of(
                row("YB-P3-39", MilestoneStatus.overdue, 92, "推进中，已过期限 2026-06-30 92 天"),
                row("PZH2018-37", MilestoneStatus.closed, 0, "规划期结束时未完成（…）"),
                row("PZH2018-38", MilestoneStatus.closed, 0, "规划期结束时未完成（…）"),
                row("PZH2018-39", MilestoneStatus.done, 0, "已完成（规划期 2018—2020 年已结束）")));
        assertThat(words).isEqualTo("规划任务（定性承诺）2 项次：逾期 1 项，已完成 1 项；逾期最久的是攀枝花市中心医院“实施医院环境美化工程”（逾期 92 天）"
                + "；另有已结束规划的任务按规划期末评价，规划期结束时未完成 2 项，不计入逾期。");
    }

    @Test
    void withoutClosedItemsTheWordsAreUnchanged() {
        assertThat(Conclusions.milestones(List.of(row("YB-P3-39", MilestoneStatus.on_schedule, 0, "推进中"))))
                .isEqualTo("规划任务（定性承诺）1 项次：按进度 1 项。");
    }
}
