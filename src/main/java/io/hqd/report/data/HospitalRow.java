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
    public String getValueText() { return Fmt.withUnit(fact.value(), fact.indicator(), true); }
    public String getTargetText() { return io.hqd.report.sections.TargetText.of(fact); }
    public String getPathText() { return Fmt.withUnit(fact.pathValue(), fact.indicator(), true); }
    public String getStatusText() { return StatusText.of(fact.status()); }
    public String getProvisionalText() { return fact.provisional() ? "暂定" : ""; }
    public String getEvidence() { return fact.evidence() == null ? "" : fact.evidence(); }
}
