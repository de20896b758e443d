package io.hqd.report.data;

/** One thing that changed since the region's last pack: a status that moved, a new target, a new submission. */
public record ChangeRow(String kind, String entityName, String subject, String before, String after) {
    public String getKind() { return kind; }
    public String getEntityName() { return entityName; }
    public String getSubject() { return subject; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
