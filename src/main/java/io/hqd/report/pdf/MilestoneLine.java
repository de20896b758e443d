package io.hqd.report.pdf;

import java.util.List;

import io.hqd.evaluate.milestone.MilestoneRow;

/** One row of the pack's 规划任务（定性承诺） section: status with the nature beside it, who, what, by when, and proof. */
public record MilestoneLine(String status, String responsible, String deliverable, String due, String progress) {

    public static List<MilestoneLine> of(List<MilestoneRow> rows) {
        return rows.stream().map(MilestoneLine::of).toList();
    }

    static MilestoneLine of(MilestoneRow r) {
        String proof = join(r.evidence(), r.document() == null || r.document().isEmpty() ? null : "证明：" + r.document());
        return new MilestoneLine(r.status().label() + "\n" + r.nature(), r.responsible(),
                r.deliverable() + "（" + r.targetCode() + "）", r.due() == null ? "未定期限" : r.due().toString(),
                join(r.text(), proof));
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isEmpty();
        boolean hasB = b != null && !b.isEmpty();
        return hasA && hasB ? a + "；" + b : hasA ? a : hasB ? b : "";
    }

    public String getStatus() { return status; }
    public String getResponsible() { return responsible; }
    public String getDeliverable() { return deliverable; }
    public String getDue() { return due; }
    public String getProgress() { return progress; }
}
