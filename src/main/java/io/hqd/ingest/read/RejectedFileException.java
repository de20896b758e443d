package io.hqd.ingest.read;

import io.hqd.ingest.Finding;

/** The file as a whole cannot be read; the finding says why, in words the reporter understands. */
public class RejectedFileException extends Exception {
    private final transient Finding finding;

    public RejectedFileException(Finding finding) {
        super(finding.message());
        this.finding = finding;
    }

    public RejectedFileException(Finding finding, Throwable cause) {
        super(finding.message(), cause);
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }
}
