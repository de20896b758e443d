package io.hqd.evaluate;

import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A county's or city's line for a target every hospital must reach: the group's own figure (ratio
 * of sums) for reference, and a status that is only "met" when every hospital with data met it.
 */
final class RollUp {
    private RollUp() {
    }

    static EvaluationRow of(Target t, Periods period, Entity region, Measure groupFigure, List<EvaluationRow> members) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        members.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        Status status = members.isEmpty() ? Status.no_data
                : counts.containsKey(Status.not_met) ? Status.not_met
                : counts.containsKey(Status.behind) ? Status.behind
                : counts.containsKey(Status.on_track) ? Status.on_track
                : counts.containsKey(Status.met) ? Status.met
                : Status.no_data;
        StringBuilder evidence = new StringBuilder("适用医院 " + members.size() + " 家");
        for (Status s : Status.values()) {
            if (counts.containsKey(s)) {
                evidence.append("，").append(s.label()).append(' ').append(counts.get(s)).append(" 家");
            }
        }
        List<String> failing = members.stream()
                .filter(r -> r.status() == Status.not_met || r.status() == Status.behind)
                .map(EvaluationRow::entityName).toList();
        if (!failing.isEmpty()) {
            evidence.append("；未达标或滞后：").append(String.join("、", failing));
        }
        evidence.append("；数值为全部适用医院合计口径（分子之和/分母之和）");
        boolean provisional = groupFigure.provisional() || counts.containsKey(Status.no_data);
        return new EvaluationRow(period.code(), t.targetCode(), region.type(), region.code(), region.name(),
                groupFigure.numerator(), groupFigure.denominator(), groupFigure.hasValue() ? groupFigure.value() : null,
                members.isEmpty() ? t.value() : members.get(0).targetValue(), null, status, provisional,
                evidence.toString());
    }
}
