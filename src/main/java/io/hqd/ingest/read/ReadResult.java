package io.hqd.ingest.read;

import java.util.List;

import io.hqd.ingest.Finding;

/**
 * What was read from one workbook. Reporter and period are as the file states them (null when it
 * does not); whether they exist and are open is for validation to decide.
 */
public record ReadResult(boolean ownTemplate, String templateVersion, String templateId, String reporterType,
                         String reporterCode, String reporterName, String period,
                         List<ReadCell> cells, List<Finding> findings) {
    public ReadResult {
        cells = List.copyOf(cells);
        findings = List.copyOf(findings);
    }

    /** Cells holding a readable number. */
    public List<ReadCell> values() {
        return cells.stream().filter(c -> c.value() != null).toList();
    }
}
