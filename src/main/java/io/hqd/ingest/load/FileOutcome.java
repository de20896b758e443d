package io.hqd.ingest.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hqd.ingest.Finding;

/** What happened to one file: its submissions (one, several for a consolidated file, none when refused whole). */
public record FileOutcome(Received received, boolean duplicate, List<LoadedSubmission> submissions,
                          List<Finding> fileFindings, List<Path> receipts) {

    public Status status() {
        if (submissions.isEmpty() || fileFindings.stream().anyMatch(Finding::blocksFile)) {
            return Status.REJECTED;
        }
        if (submissions.stream().allMatch(s -> s.status() == Status.REJECTED)) {
            return Status.REJECTED;
        }
        return submissions.stream().allMatch(s -> s.status() == Status.ACCEPTED) ? Status.ACCEPTED : Status.PARTIAL;
    }

    /** Every finding of the file, file-level first. */
    public List<Finding> allFindings() {
        List<Finding> out = new ArrayList<>(fileFindings);
        submissions.forEach(s -> out.addAll(s.findings()));
        return out;
    }
}
