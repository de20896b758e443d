package io.hqd.evaluate;

import java.util.List;
import java.util.Set;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * A stated value to reach: every hospital (each), a region's rate (region_rate) or a region's total over its
 * hospitals (total). A total of new things over the plan period (方案期内新增, 规划期内累计) adds up the plan
 * years: see {@link PlanPeriodTotal}.
 */
final class ThresholdKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.each, Target.Kind.region_rate, Target.Kind.total);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        return TargetJudge.needComparison(t);
    }

    @Override
    public Measure measure(TargetContext c, Entity e, Indicator ind, Periods period, Slots slots) {
        if (c.target().kind() != Target.Kind.total || ind.level() == Indicator.Level.region) {
            return c.standardMeasure(e, ind, period, slots);
        }
        if (PlanPeriodTotal.applies(c.target(), ind)) {
            return PlanPeriodTotal.measure(c, e, ind, period);
        }
        return c.calc().totalForHospitals(ind, e.hospitals(), period);
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        if (PlanPeriodTotal.applies(j.target(), j.indicator())) {
            return PlanPeriodTotal.judge(j, m);
        }
        return TargetJudge.threshold(j, m.value(), j.target().value(), j.target().op(), null);
    }

    @Override
    public String describe(Target t) {
        return t.op().symbol() + " " + TargetJudge.fmt(t.value());
    }
}
