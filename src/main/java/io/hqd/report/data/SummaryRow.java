package io.hqd.report.data;

/** Status counts for one target within the pack's region (a bean: JasperReports reads getters). */
public record SummaryRow(String planHeader, String targetCode, String targetLabel,
                         int met, int onTrack, int behind, int notMet, int noData) {
    public String getPlanHeader() { return planHeader; }
    public String getTargetCode() { return targetCode; }
    public String getTargetLabel() { return targetLabel; }
    public Integer getMet() { return met; }
    public Integer getOnTrack() { return onTrack; }
    public Integer getBehind() { return behind; }
    public Integer getNotMet() { return notMet; }
    public Integer getNoData() { return noData; }
    public Integer getTotal() { return met + onTrack + behind + notMet + noData; }
}
