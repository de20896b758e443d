package io.hqd.evaluate.milestone;

/** How a qualitative commitment stands in a period; the order is the order on paper (worst first). */
public enum MilestoneStatus {
    overdue("逾期"), no_data("无数据"), on_schedule("按进度"), done("已完成");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
