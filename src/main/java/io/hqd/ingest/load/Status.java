package io.hqd.ingest.load;

/** A submission's status: all values loaded, some refused, or the file refused. */
public enum Status {
    ACCEPTED("已接收"), PARTIAL("部分接收"), REJECTED("退回");

    public final String label;

    Status(String label) {
        this.label = label;
    }

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
