package io.hqd.ingest.read;

import io.hqd.ingest.Severity;

/** What reading a 规划任务 sheet can find wrong, each with its stored code, name, severity and what to do. */
public enum MilestoneRule {
    STATE("milestone_state", "规划任务进展状态不可识别", Severity.ERROR, "在下拉框中选择 未启动 / 推进中 / 已完成 后重新报送"),
    DATE("milestone_date", "规划任务状态日期有误", Severity.ERROR, "填写截至本报告期末的实际日期，例如 2026-05-08"),
    PROOF("milestone_proof", "已完成的规划任务缺少证明", Severity.ERROR, "补填完成日期、进展说明和证明文件文号或链接后重新报送"),
    UNKNOWN("milestone_unknown", "不是本单位本期的规划任务", Severity.WARNING, "使用本期下发的模板；多出的行不读取");

    public final String id;
    public final String label;
    public final Severity severity;
    public final String todo;

    MilestoneRule(String id, String label, Severity severity, String todo) {
        this.id = id;
        this.label = label;
        this.severity = severity;
        this.todo = todo;
    }
}
