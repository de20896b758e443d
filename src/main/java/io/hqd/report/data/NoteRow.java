package io.hqd.report.data;

/** Where a target comes from: document number, clause, the quoted words, and how hqd reads them. */
public record NoteRow(String targetCode, String citation, String planTitle, String clause, String quote, String reading) {
    public String getTargetCode() { return targetCode; }
    public String getCitation() { return citation; }
    public String getPlanTitle() { return planTitle; }
    public String getClause() { return clause == null ? "" : clause; }
    public String getQuote() { return quote == null ? "" : quote; }
    public String getText() { return getQuote() + (getReading().isEmpty() ? "" : "\n" + getReading()); }
    public String getReading() { return reading == null || reading.isBlank() ? "" : "解读：" + reading; }
}
