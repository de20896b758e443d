package io.hqd.ingest;

/** ERROR blocks the value (or the whole file, for file-level findings); WARNING loads and reports. */
public enum Severity {
    ERROR, WARNING;

    /** The value of staged.finding.severity. */
    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return this == ERROR ? "错误" : "提示";
    }
}
