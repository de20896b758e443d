package io.hqd.evaluate;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * A total of new things over the plan period ("30个市级临床重点专科" 方案期内新增, 规划期内累计): the flow adds up
 * over every plan year up to the period (full years, then this year to date), not this year's flow alone. The
 * catalog says a total is cumulative in its reading (累计 or 新增, and not 逐年).
 */
final class PlanPeriodTotal {
    private PlanPeriodTotal() {
    }

    static boolean applies(Target t, Indicator ind) {
        String reading = t.reading() == null ? "" : t.reading();
        return t.kind() == Target.Kind.total && ind != null && ind.isElement()
                && ind.periodAggregation() == Indicator.PeriodAggregation.sum
                && (reading.contains("累计") || reading.contains("新增")) && !reading.contains("逐年");
    }

    /** The first year counted: the year after the baseline year, else the plan's first year, else this year. */
    static int firstYear(Target t, Integer planStartYear, Periods period) {
        return t.baselineYear() != null ? t.baselineYear() + 1 : planStartYear != null ? planStartYear : period.year();
    }

    static Measure measure(TargetContext c, Entity e, Indicator ind, Periods period) {
        double sum = 0;
        int reporting = 0;
        Coverage.Sum covered = new Coverage.Sum();
        for (int y = firstYear(c.target(), c.plan().startYear(), period); y <= period.year(); y++) {
            Periods p = y == period.year() ? period : new Periods(y, 4);
            Indicator def = c.definitionIn(y).orElse(ind);
            Measure m = c.calc().totalForHospitals(def, e.hospitals(), p);
            covered.add(m.coverage());
            if (m.hasValue()) {
                sum += m.value();
                reporting = Math.max(reporting, m.reporting());
            }
        }
        Coverage coverage = covered.total();
        if (coverage.isEmpty()) {
            return Measure.none(e.hospitals().size(), coverage);
        }
        return new Measure(sum, null, sum, reporting, e.hospitals().size(), !coverage.complete(), coverage);
    }

    /** Judged on the straight path from nothing at the end of the year before the first counted year. */
    static Judgement judge(Judging j, Measure m) {
        Target t = j.target();
        int start = firstYear(t, j.planStartYear(), j.period()) - 1;
        Target fromZero = new Target(t.targetCode(), t.planCode(), t.indicator(), t.kind(), t.scope(), t.evaluateAt(),
                t.conditionOp(), t.conditionValue(), t.op(), t.value(), t.valueHigh(), t.tolerance(), t.deadline(), start,
                0.0, t.targetYear(), t.nature(), t.clause(), t.quote(), t.reading());
        Judging cumulative = new Judging(fromZero, j.indicator(), j.period(), j.planStartYear(), true, j.history());
        return TargetJudge.threshold(cumulative, m.value(), t.value(), t.op(), note(t, j.planStartYear(), j.period()));
    }

    static String note(Target t, Integer planStartYear, Periods period) {
        return "方案期内累计（" + firstYear(t, planStartYear, period) + " 年至 " + period.code() + "）";
    }
}
