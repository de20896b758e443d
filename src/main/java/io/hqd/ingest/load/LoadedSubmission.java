package io.hqd.ingest.load;

import java.util.List;

import io.hqd.ingest.Finding;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;

/**
 * One submission as decided: identity, status, the values that load (errors removed) and its findings.
 * {@code submissionId} is the file's sha256, suffixed with the hospital for a county-consolidated file.
 */
public record LoadedSubmission(String submissionId, ReporterType type, String reporterCode, String periodCode,
                               Status status, boolean late, boolean afterLock, String templateVersion,
                               List<ReadCell> values, List<Finding> findings) {

    /** Whether the submission can be stored in staged.submission (its reporter and period are known). */
    public boolean storable() {
        return reporterCode != null && periodCode != null && type != null;
    }
}
