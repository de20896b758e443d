package io.hqd.report.data;

import io.hqd.report.Fmt;

/** One county's figure for one key indicator, beside its target, rank among the city's counties and change. */
public record CountyRow(String indicatorCode, String indicatorName, String countyCode, String countyName,
                        Double value, Double previous, Integer rank, int decimals, String targetText,
                        String statusText, Integer reporting, Integer expected, boolean provisional) {
    public String getIndicatorName() { return indicatorName; }
    public String getCountyName() { return countyName; }
    public String getValueText() { return Fmt.num(value, decimals) + (provisional ? "*" : ""); }
    public String getTargetText() { return targetText; }
    public String getStatusText() { return statusText; }
    public Integer getRank() { return rank; }
    public String getChangeText() { return value == null || previous == null ? "—" : Fmt.signed(value - previous, decimals); }
    public String getReportingText() { return reporting == null ? "—" : reporting + "/" + expected; }

    public Double change() {
        return value == null || previous == null ? null : value - previous;
    }
}
