package io.hqd.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.milestone.MilestoneRow;
import io.hqd.evaluate.milestone.MilestoneStatus;

/** The 规划任务 page's “已过期限仍未完成” count: current plans' items past due, never a closed plan's final state. */
class MilestoneLateCountTest {

    static MilestoneRow unit(String code, MilestoneStatus status, long days) {
        return new MilestoneRow("2026Q3", "T-1", "T", null, "确定", EntityType.hospital, code, code, "建成…", LocalDate.of(2020, 12, 31),
                null, null, null, null, status, days, "", null);
    }

    @Test
    void closedPlansItemsAreNotLateButOverdueAndUnreportedPastDueAre() {
        var items = List.of(new MilestoneBoard.Item("T-1", "建成…", "确定", LocalDate.of(2020, 12, 31), List.of(
                unit("A", MilestoneStatus.overdue, 1),
                unit("B", MilestoneStatus.no_data, 2099),
                unit("C", MilestoneStatus.no_data, 0),
                unit("D", MilestoneStatus.closed, 0),
                unit("E", MilestoneStatus.done, 0),
                unit("F", MilestoneStatus.on_schedule, 0))));
        assertThat(MilestonesController.late(items)).isEqualTo(2);
    }
}
