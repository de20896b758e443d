package io.hqd.report.data;

import io.hqd.catalog.Target;
import io.hqd.report.StatusText;

/** A target on the share (or count) of hospitals reaching something, with the hospitals that do not. */
public record ShareRow(EvalFact fact) {
    public String getTargetLabel() { return fact.targetLabel(); }
    public String getEntityName() { return fact.entityName(); }
    public String getValueText() { return fact.value() == null ? "—" : EvalFact.shareText(fact.value()) + fact.shareUnit(); }
    public String getTargetText() { return fact.targetValue() == null ? "—" : EvalFact.opText(fact.op()) + " " + EvalFact.shareText(fact.targetValue()) + fact.shareUnit(); }
    public String getStatusText() { return StatusText.of(fact.status()); }
    public String getEvidence() { return fact.evidence() == null ? "" : fact.evidence(); }

    public static java.util.List<ShareRow> from(java.util.List<EvalFact> facts) {
        return facts.stream().filter(f -> !f.isHospital() && (f.kind() == Target.Kind.share || f.kind() == Target.Kind.count))
                .sorted(java.util.Comparator.comparingInt((EvalFact f) -> StatusText.urgency(f.status()))
                        .thenComparing(EvalFact::targetCode).thenComparing(EvalFact::entityCode))
                .map(ShareRow::new).toList();
    }
}
