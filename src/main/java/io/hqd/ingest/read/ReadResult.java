package io.hqd.ingest.read;

import java.util.List;

import io.hqd.ingest.Finding;

/**
 * What was read from one workbook. Reporter and period are as the file's structured cells state them
 * (null when it does not, or when its statements disagree: a finding then says so); {@code evidence} is
 * every statement considered, for the loader to weigh against the file name and the warehouse.
 * Whether reporter and period exist and are open is for validation to decide.
 */
public record ReadResult(boolean ownTemplate, String templateVersion, String templateId, String reporterType,
                         String reporterCode, String reporterName, String period,
                         List<ReadCell> cells, List<Finding> findings, List<Evidence> evidence,
                         List<MilestoneSheetReader.Entry> milestones) {
    public ReadResult {
        cells = List.copyOf(cells);
        findings = List.copyOf(findings);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A file without a 规划任务 sheet. */
    public ReadResult(boolean ownTemplate, String templateVersion, String templateId, String reporterType,
                      String reporterCode, String reporterName, String period, List<ReadCell> cells, List<Finding> findings) {
        this(ownTemplate, templateVersion, templateId, reporterType, reporterCode, reporterName, period, cells, findings, List.of(), List.of());
    }

    /** Cells holding a readable number. */
    public List<ReadCell> values() {
        return cells.stream().filter(c -> c.value() != null).toList();
    }
}
