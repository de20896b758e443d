package io.hqd.ingest.validate;

import io.hqd.ingest.Severity;

/** Findings a validation rule raises under an id of their own (so they can be told apart and accepted apart). */
public enum SubRule {
    PERIOD_LOCKED(PeriodRule.LOCKED, "报告期已锁定", Severity.WARNING, "无需重报；统计人员审核锁定后的版本"),
    REPORTER_FOLDER("reporter_folder", "文件夹与单位代码不一致", Severity.ERROR, "放入本单位的文件夹，或使用本单位的模板"),
    ELEMENT_LEVEL("element_level", "不是本类单位应报的指标", Severity.ERROR, "使用本单位类型的模板");

    public final String id;
    public final String label;
    public final Severity severity;
    public final String todo;

    SubRule(String id, String label, Severity severity, String todo) {
        this.id = id;
        this.label = label;
        this.severity = severity;
        this.todo = todo;
    }
}
