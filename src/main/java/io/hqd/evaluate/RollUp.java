package io.hqd.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A county's or city's view of a target every hospital must reach. It counts hospitals: how many in scope meet it
 * ("三级 CMI ≥ 1.90：2 家中 1 家达标"), and is 达标 only when every in-scope hospital with data is (暂定 when one has none); its value is the aggregate
 * of the in-scope hospitals only (ratio of sums), never the all-hospital figure; where the target compares with an
 * earlier value (逐步提高), the reference is the region's own earlier value, not one hospital's.
 */
final class RollUp {
    private RollUp() {
    }

    static EvaluationRow of(TargetContext c, Entity region, Measure group, Judgement own, List<EvaluationRow> members) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        members.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        Status status = members.isEmpty() ? Status.no_data
                : counts.containsKey(Status.not_met) ? Status.not_met
                : counts.containsKey(Status.behind) ? Status.behind
                : counts.containsKey(Status.on_track) ? Status.on_track
                : counts.containsKey(Status.met) ? Status.met
                : Status.no_data;
        int met = counts.getOrDefault(Status.met, 0);
        StringBuilder evidence = new StringBuilder(TargetKinds.of(c.target().kind()).describe(c.target())
                + "：适用医院 " + members.size() + " 家中 " + met + " 家达标");
        for (Status s : Status.values()) {
            if (s != Status.met && counts.containsKey(s)) {
                evidence.append("，").append(s.label()).append(' ').append(counts.get(s)).append(" 家");
            }
        }
        List<String> failing = members.stream()
                .filter(r -> r.status() == Status.not_met || r.status() == Status.behind)
                .map(EvaluationRow::entityName).toList();
        if (!failing.isEmpty()) {
            evidence.append("；未达标或滞后：").append(String.join("、", failing));
        }
        evidence.append("；数值为适用医院合计口径（分子之和/分母之和）");
        if (own.status() != Status.no_data) {   // (a target not applicable this year never reaches a roll-up)
            evidence.append("；本区域合计的参照值 ").append(TargetJudge.fmt(own.targetValue()));
        }
        boolean provisional = group.provisional() || counts.containsKey(Status.no_data)
                || members.stream().anyMatch(EvaluationRow::provisional);
        EvaluationRow base = c.row(region, group, own);
        return new EvaluationRow(base.periodCode(), base.targetCode(), base.entityType(), base.entityCode(),
                base.entityName(), base.numerator(), base.denominator(), base.value(), own.targetValue(), null, status,
                provisional, evidence.toString(), base.coverageNote(), members.size(), met);
    }
}
