package io.hqd.evaluate;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;

import java.time.LocalDate;
import java.util.List;

/** Small builders for targets and indicators used by the evaluation tests. */
final class Targets {
    private Targets() {
    }

    static Target target(Target.Kind kind, String op, Double value, Double high, Double tolerance,
                         Integer baselineYear, Integer targetYear) {
        return target("T-01", "cmi", kind, scope(null, null), Target.EvaluateAt.hospital, null, null,
                op, value, high, tolerance, null, baselineYear, targetYear);
    }

    static Target target(String code, String indicator, Target.Kind kind, Target.Scope scope, Target.EvaluateAt at,
                         String condOp, Double condValue, String op, Double value, Double high, Double tolerance,
                         LocalDate deadline, Integer baselineYear, Integer targetYear) {
        return new Target(code, "YA2022", indicator, kind, scope, at, Comparator.of(condOp), condValue, Comparator.of(op),
                value, high, tolerance,
                deadline, baselineYear, null, targetYear, "确定", "一、", "原文", null);
    }

    static Target.Scope scope(String region, String tier) {
        return new Target.Scope(region, tier, null, null, null, null, List.of());
    }

    static Indicator ratio(String code, String num, String den, double scale, Indicator.Direction direction) {
        return new Indicator(code, Indicator.Kind.indicator, code, List.of(), "%", Indicator.Level.hospital, num, den,
                scale, direction, Indicator.Aggregation.ratio, Indicator.PeriodAggregation.sum, 2, "", "", null, null,
                false, "");
    }

    static Indicator element(String code, Indicator.Aggregation agg, Indicator.PeriodAggregation periodAgg) {
        return new Indicator(code, Indicator.Kind.element, code, List.of(), "", Indicator.Level.hospital, null, null,
                1, Indicator.Direction.higher, agg, periodAgg, 0, "", "", null, null, false, "");
    }

    /** History with fixed full-year values and a fixed same-quarter-last-year value. */
    static Judging.History history(java.util.Map<Integer, Double> fullYears, Double lastYear) {
        return new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                Double v = fullYears.get(year);
                return v == null ? null : value(v);
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return lastYear == null ? null : new Judging.YearOnYear(null, value(lastYear), "", 1);
            }
        };
    }

    static Measure value(double v) {
        return new Measure(v, 1.0, v, 1, 1, false);
    }
}
