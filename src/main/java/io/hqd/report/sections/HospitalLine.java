package io.hqd.report.sections;

/** One target as a hospital's own report prints it (a bean: JasperReports reads getters). */
public record HospitalLine(String targetLabel, String valueText, String targetText, String statusText,
                           String rankText, String trendText, String gapText) {
    public String getTargetLabel() { return targetLabel; }
    public String getValueText() { return valueText; }
    public String getTargetText() { return targetText; }
    public String getStatusText() { return statusText; }
    public String getRankText() { return rankText; }
    public String getTrendText() { return trendText; }
    public String getGapText() { return gapText; }
}
