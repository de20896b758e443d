package io.hqd.evaluate.milestone;

/**
 * How a qualitative commitment stands in a period; the order is the order on paper (worst first, then the
 * final state of plans whose period has ended, printed apart after the current plans' items).
 */
public enum MilestoneStatus {
    overdue("逾期"), no_data("无数据"), on_schedule("按进度"), done("已完成"),
    /** A closed plan's commitment not done by the plan's last day: final, no day count, never 逾期. */
    closed("规划期结束时未完成");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 逾期 or 无数据 with days past the due date: what the current 逾期 totals count (never a closed plan's item). */
    public boolean pastDue(long daysOverdue) {
        return (this == overdue || this == no_data) && daysOverdue > 0;
    }
}
