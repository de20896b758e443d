package io.hqd.report.pdf;

import java.util.List;

import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.milestone.MilestoneRow;
import io.hqd.warehouse.Periods;

/**
 * One row of a hospital's own 本院规划任务 section: the status with the nature beside it, the quarter whose
 * report it rests on, what (the plan's words), by when, and the progress with its proof.
 */
public record HospitalMilestoneLine(String status, String reported, String deliverable, String due, String progress) {

    /** The hospital's own commitments among the pack's rows (bureaus' rows and other hospitals' left out). */
    public static List<HospitalMilestoneLine> of(List<MilestoneRow> rows, String hospitalCode) {
        return rows.stream().filter(r -> r.entityType() == EntityType.hospital && hospitalCode.equals(r.entityCode()))
                .map(HospitalMilestoneLine::of).toList();
    }

    static HospitalMilestoneLine of(MilestoneRow r) {
        MilestoneLine line = MilestoneLine.of(r);
        String reported = r.reportedPeriod() == null ? "从未报告" : Periods.parse(r.reportedPeriod()).label();
        return new HospitalMilestoneLine(line.status(), reported, line.deliverable(), line.due(), line.progress());
    }

    public String getStatus() { return status; }
    public String getReported() { return reported; }
    public String getDeliverable() { return deliverable; }
    public String getDue() { return due; }
    public String getProgress() { return progress; }
}
