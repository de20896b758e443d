package io.hqd.report.data;

import io.hqd.report.Fmt;
import io.hqd.report.StatusText;

/** One hospital judged against one target, ranked within its tier+type group. */
public record HospitalRow(String group, String targetLabel, int rank, String hospitalCode, String hospitalName,
                          String countyName, EvalFact fact) {
    public String getGroup() { return group; }
    public String getTargetLabel() { return targetLabel; }
    public Integer getRank() { return fact.value() == null ? null : rank; }
    public String getHospitalName() { return hospitalName; }
    public String getCountyName() { return countyName; }
    public String getValueText() { return Fmt.num(fact.value(), fact.indicator().decimals()); }
    public String getTargetText() { return fact.targetValue() == null ? "—" : fact.targetText(); }
    public String getPathText() { return Fmt.num(fact.pathValue(), fact.indicator().decimals()); }
    public String getStatusText() { return StatusText.of(fact.status()); }
    public String getProvisionalText() { return fact.provisional() ? "暂定" : ""; }
    public String getEvidence() { return fact.evidence() == null ? "" : fact.evidence(); }
}
