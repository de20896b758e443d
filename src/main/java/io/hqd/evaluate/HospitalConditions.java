package io.hqd.evaluate;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

import java.util.ArrayList;
import java.util.List;

/**
 * Share-of-hospitals and count-of-hospitals targets ("60%二级公立医院…推行分时段预约诊疗",
 * "建成3家以上互联网医院"): each hospital in scope either meets the condition or not; the region's
 * figure is how many (count) or what share (%) do. Hospitals without data count as not meeting it
 * and make the figure provisional.
 */
final class HospitalConditions {
    private final IndicatorCalculator calc;
    private final Target t;
    private final Indicator ind;
    private final Periods period;
    private final String op;
    private final double threshold;

    HospitalConditions(IndicatorCalculator calc, Target t, Indicator ind, Periods period) {
        this.calc = calc;
        this.t = t;
        this.ind = ind;
        this.period = period;
        // No stated condition: the hospital has it / has at least one (a yes/no capability or a count).
        this.op = t.conditionOp() == null ? ">=" : t.conditionOp();
        this.threshold = t.conditionValue() == null ? 1 : t.conditionValue();
    }

    List<EvaluationRow> evaluate(List<Entity> regions, Plan plan) {
        List<EvaluationRow> rows = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Entity region : regions) {
            Tally tally = tally(region.hospitals(), period);
            for (HospitalVersion h : region.hospitals()) {
                if (!seen.contains(h.code())) {
                    seen.add(h.code());
                    rows.add(hospitalRow(h, tally));
                }
            }
            Measure m = tally.measure(t.kind() == Target.Kind.share);
            TargetJudge.History history = new TargetJudge.History() {
                @Override
                public Measure fullYear(int year) {
                    return tally(region.hospitals(), new Periods(year, 4)).measure(t.kind() == Target.Kind.share);
                }

                @Override
                public Measure sameQuarterLastYear() {
                    return tally(region.hospitals(), new Periods(period.year() - 1, period.quarter()))
                            .measure(t.kind() == Target.Kind.share);
                }
            };
            boolean isScopeRegion = region.code().equals(TargetScope.region(t, plan));
            Judgement j = TargetJudge.judge(t, ind, m, period, plan.startYear(), isScopeRegion, history);
            rows.add(Evaluator.row(t, period, region, m, new Judgement(j.status(), j.targetValue(), j.pathValue(),
                    j.evidence() + tally.evidence(region.hospitals().size()))));
        }
        return rows;
    }

    private EvaluationRow hospitalRow(HospitalVersion h, Tally tally) {
        Measure m = tally.measures.get(tally.codes.indexOf(h.code()));
        Status status = !m.hasValue() ? Status.no_data : Comparison.holds(m.value(), op, threshold) ? Status.met : Status.not_met;
        String evidence = "条件：" + ind.name() + " " + op + " " + TargetJudge.fmt(threshold) + "（本院是否计入"
                + (t.kind() == Target.Kind.share ? "达标医院比例" : "达标医院数") + "）";
        return Evaluator.row(t, period, Entity.of(h), m, new Judgement(status, threshold, null, evidence));
    }

    private Tally tally(List<HospitalVersion> hospitals, Periods p) {
        Tally tally = new Tally();
        for (HospitalVersion h : hospitals) {
            Measure m = calc.forHospitals(ind, List.of(h), p);
            tally.codes.add(h.code());
            tally.measures.add(m);
            if (!m.hasValue()) {
                tally.missing.add(h.name());
            } else if (Comparison.holds(m.value(), op, threshold)) {
                tally.met++;
            } else {
                tally.failing.add(h.name());
            }
        }
        return tally;
    }

    private static final class Tally {
        final List<String> codes = new ArrayList<>();
        final List<Measure> measures = new ArrayList<>();
        final List<String> failing = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        int met;

        Measure measure(boolean share) {
            int n = codes.size();
            if (n == 0 || missing.size() == n) {
                return Measure.none(n);
            }
            double value = share ? met * 100.0 / n : met;
            return new Measure((double) met, (double) n, value, n - missing.size(), n, !missing.isEmpty());
        }

        String evidence(int total) {
            StringBuilder b = new StringBuilder("；适用医院 " + total + " 家，符合条件 " + met + " 家");
            if (!failing.isEmpty()) {
                b.append("；未符合条件：").append(String.join("、", failing));
            }
            if (!missing.isEmpty()) {
                b.append("；无数据（按未符合计）：").append(String.join("、", missing));
            }
            return b.toString();
        }
    }
}
