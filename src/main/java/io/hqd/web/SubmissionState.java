package io.hqd.web;

import io.hqd.warehouse.schema.staged.tables.records.SubmissionRecord;

/** A submission's state as hospitals and reviewers read it. */
public enum SubmissionState {
    ACCEPTED("已接收", "ok"),
    PARTIAL("部分接收", "warn"),
    REJECTED("退回", "bad"),
    RETURNED("已退回修改", "bad"),
    SUPERSEDED("已被新文件替代", "muted"),
    AFTER_LOCK("锁定后更正，待审核", "warn"),
    AFTER_LOCK_APPROVED("锁定后更正，已批准，下一期材料起生效", "ok"),
    AFTER_LOCK_RETURNED("锁定后更正，已退回，不计入", "bad"),
    MISSING("未报送", "bad");

    private final String label;
    private final String css;

    SubmissionState(String label, String css) {
        this.label = label;
        this.css = css;
    }

    public String label() { return label; }
    public String css() { return css; }

    /** {@code s} null: nothing stored for the file (refused as a whole). */
    public static SubmissionState of(SubmissionRecord s, boolean returned) {
        if (s == null) {
            return REJECTED;
        }
        return of(s.getStatus(), s.getSupersededBy() != null, Boolean.TRUE.equals(s.getAfterLock()), returned);
    }

    /** An after-lock correction once the city statistician decided on it (decision null: still waiting). */
    public SubmissionState decided(String decision) {
        if (this != AFTER_LOCK || decision == null) {
            return this;
        }
        return "approved".equals(decision) ? AFTER_LOCK_APPROVED : AFTER_LOCK_RETURNED;
    }

    public static SubmissionState of(String status, boolean superseded, boolean afterLock, boolean returned) {
        if (status == null) {
            return MISSING;
        }
        if ("rejected".equals(status)) {
            return REJECTED;
        }
        if (superseded) {
            return SUPERSEDED;
        }
        if (returned) {
            return RETURNED;
        }
        if (afterLock) {
            return AFTER_LOCK;
        }
        return "accepted".equals(status) ? ACCEPTED : PARTIAL;
    }
}
