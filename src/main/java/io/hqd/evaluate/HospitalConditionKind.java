package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * Share-of-hospitals and count-of-hospitals targets ("60%二级公立医院…推行分时段预约诊疗",
 * "建成3家以上互联网医院"): each hospital in scope either meets the condition or not; the region's figure is
 * how many (count) or what share (%) do. A hospital without data for the period (a stock's latest quarter not
 * reported counts as no data) counts as not meeting it and makes the figure provisional (暂定).
 */
final class HospitalConditionKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.share, Target.Kind.count);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        List<RowProblem> out = new ArrayList<>(TargetJudge.needComparison(t));
        if (t.conditionOp() == null) {
            out.add(new RowProblem("condition_op", t.kind() + " 类目标必须填写医院需满足的条件"));
        }
        if (t.conditionValue() == null) {
            out.add(new RowProblem("condition_value", t.kind() + " 类目标必须填写条件取值"));
        }
        if (t.kind() == Target.Kind.share && t.value() != null && (t.value() < 0 || t.value() > 100)) {
            out.add(new RowProblem("value", "医院占比目标应在 0—100 之间"));
        }
        return out;
    }

    @Override
    public List<Entity> entities(TargetContext c) {
        return c.regionEntities();
    }

    @Override
    public List<EvaluationRow> evaluate(TargetContext c, List<Entity> regions) {
        List<EvaluationRow> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean share = c.target().kind() == Target.Kind.share;   // a share of hospitals (%), else a count
        for (Entity region : regions) {
            Tally tally = tally(c, c.indicator(), region.hospitals(), c.period());
            for (HospitalVersion h : region.hospitals()) {
                if (seen.add(h.code())) {
                    rows.add(hospitalRow(c, h, tally));
                }
            }
            Measure m = tally.measure(share);
            Judging.History history = new Judging.History() {
                @Override
                public Measure fullYear(int year) {
                    Periods q4 = new Periods(year, 4);
                    return c.definitionIn(year).map(i -> tally(c, i, region.hospitals(), q4).measure(share)).orElse(null);
                }

                @Override
                public Judging.YearOnYear yearOnYear() {
                    return null;
                }
            };
            Judgement j = TargetJudge.judge(new Judging(c.target(), c.indicator(), c.period(), c.plan().startYear(),
                    c.isScopeRegion(region), history), m);
            rows.add(c.row(region, m, new Judgement(j.status(), j.targetValue(), j.pathValue(),
                    j.evidence() + tally.evidence(region.hospitals().size()))));
        }
        return rows;
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        return TargetJudge.threshold(j, m.value(), j.target().value(), j.target().op(), null);
    }

    @Override
    public String describe(Target t) {
        String who = t.kind() == Target.Kind.share ? "符合条件的医院占比 " : "符合条件的医院数 ";
        return who + t.op().symbol() + " " + TargetJudge.fmt(t.value()) + (t.kind() == Target.Kind.share ? "%" : " 家");
    }

    private static Comparator op(Target t) {
        // No stated condition: the hospital has it / has at least one (a yes/no capability or a count).
        return t.conditionOp() == null ? Comparator.at_least : t.conditionOp();
    }

    private static double threshold(Target t) {
        return t.conditionValue() == null ? 1 : t.conditionValue();
    }

    private EvaluationRow hospitalRow(TargetContext c, HospitalVersion h, Tally tally) {
        Target t = c.target();
        Measure m = tally.measures.get(h.code());
        Status status = !m.hasValue() ? Status.no_data
                : op(t).holds(m.value(), threshold(t)) ? Status.met : Status.not_met;
        String evidence = "条件：" + c.indicator().name() + " " + op(t).symbol() + " " + TargetJudge.fmt(threshold(t)) + "（本院是否计入"
                + (t.kind() == Target.Kind.share ? "达标医院比例" : "达标医院数") + "）";
        return c.row(Entity.of(h), m, new Judgement(status, threshold(t), null, evidence));
    }

    private Tally tally(TargetContext c, Indicator ind, List<HospitalVersion> hospitals, Periods p) {
        Tally tally = new Tally();
        for (HospitalVersion h : hospitals) {
            Measure m = c.calc().forHospitals(ind, List.of(h), p);
            tally.measures.put(h.code(), m);
            tally.coverage.add(m.coverage());
            if (!m.hasValue()) {
                tally.missing.add(h.name());
            } else if (op(c.target()).holds(m.value(), threshold(c.target()))) {
                tally.met++;
            } else {
                tally.failing.add(h.name());
            }
        }
        return tally;
    }

    private static final class Tally {
        final Map<String, Measure> measures = new HashMap<>();
        final List<String> failing = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        final Coverage.Sum coverage = new Coverage.Sum();
        int met;

        Measure measure(boolean share) {
            int n = measures.size();
            Coverage coverage = this.coverage.total();
            if (n == 0 || missing.size() == n) {
                return Measure.none(n, coverage);
            }
            double value = share ? met * 100.0 / n : met;
            return new Measure((double) met, (double) n, value, n - missing.size(), n, !coverage.complete(), coverage);
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
