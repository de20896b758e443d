package io.hqd.ingest.read;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** Why a file as a whole is refused (or, for macros, loaded with a note), each with its stored rule id. */
public enum FileRule {
    TOO_LARGE("file_too_large", Severity.ERROR),
    NOT_A_WORKBOOK("file_not_workbook", Severity.ERROR),
    ENCRYPTED("file_encrypted", Severity.ERROR),
    ZIP_BOMB("file_zip_bomb", Severity.ERROR),
    TOO_MANY_CELLS("file_dimensions", Severity.ERROR),
    UNSAFE_XML("file_unsafe_xml", Severity.ERROR),
    CORRUPT("file_corrupt", Severity.ERROR),
    MACROS("file_macros", Severity.WARNING);

    public final String id;
    public final Severity severity;

    FileRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public Finding finding(String message) {
        return Finding.file(id, severity, message);
    }

    public RejectedFileException reject(String message) {
        return new RejectedFileException(finding(message));
    }

    public RejectedFileException reject(String message, Throwable cause) {
        return new RejectedFileException(finding(message), cause);
    }
}
