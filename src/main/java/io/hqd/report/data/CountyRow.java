package io.hqd.report.data;

import io.hqd.report.Fmt;

/**
 * One county's figure for one key indicator, beside its target, rank among the city's counties and change.
 * Every figure carries the indicator's unit as the hospital tables do (85.2%, 12.3 天, 1,234 万元); a
 * county's yes/no item is the share of its hospitals saying 是, so it reads as a percentage.
 */
public record CountyRow(String indicatorCode, String indicatorName, String countyCode, String countyName,
                        Double value, Double previous, Integer rank, IndicatorMeta meta, String targetText,
                        String statusText, Integer reporting, Integer expected, boolean provisional) {
    public String getIndicatorName() { return indicatorName; }
    public String getCountyName() { return countyName; }
    public String getValueText() { return Fmt.withUnit(value, meta, false) + (provisional && value != null ? "*" : ""); }
    public String getTargetText() { return targetText; }
    public String getStatusText() { return statusText; }
    public Integer getRank() { return rank; }

    /** The change in the indicator's unit; percentages (and shares of 是) change in 个百分点. */
    public String getChangeText() {
        Double d = change();
        if (d == null) {
            return "—";
        }
        String n = Fmt.signed(d, meta.isFlag() ? 1 : meta.decimals());
        return n + (meta.isPercent() || meta.isFlag() ? " 个百分点" : meta.printedUnit());
    }

    public String getReportingText() { return reporting == null ? "—" : reporting + "/" + expected; }

    public int decimals() { return meta.decimals(); }

    public Double change() {
        return value == null || previous == null ? null : value - previous;
    }
}
