package io.hqd.report.sections;

import io.hqd.evaluate.Status;
import io.hqd.report.Fmt;
import io.hqd.report.data.EvalFact;

/** How far one judged row is from where it should be: the target, or the straight path to it while "behind". */
public record Gap(EvalFact fact, Double reference, Double distance) {

    public static Gap of(EvalFact f) {
        Double ref = f.status() == Status.behind && f.pathValue() != null ? f.pathValue() : f.targetValue();
        // a yes/no item has no distance: it is done or not (see words)
        // nor has a ranking or a direction: its number is a rank or a baseline, not a level to reach
        Double d = f.value() == null || ref == null || f.indicator().isFlag() || TargetText.isWords(f)
                ? null : Math.abs(ref - f.value());
        return new Gap(f, ref, d);
    }

    /** Distance relative to the reference, so gaps in different units can be ordered. */
    public double relative() {
        if (distance == null) {
            return 0;
        }
        return distance / Math.max(Math.abs(reference), 1e-9);
    }

    /** "本期 1.62，应达 2.00，差 0.38" in the indicator's unit; empty when there is no number to compare. */
    public String words(boolean single) {
        if (fact.indicator().isFlag() && fact.value() != null) {
            return single ? "本期填报为“" + Fmt.withUnit(fact.value(), fact.indicator(), true) + "”"
                    : fact.denominator() != null && fact.numerator() != null
                    ? "已落实 " + Fmt.num(fact.numerator(), 0) + "/" + Fmt.num(fact.denominator(), 0) + " 家"
                    : "已落实的医院占 " + Fmt.withUnit(fact.value(), fact.indicator(), false);
        }
        if (distance == null) {
            return fact.value() == null ? "" : "本期 " + Fmt.withUnit(fact.value(), fact.indicator(), single);
        }
        String should = fact.status() == Status.behind && fact.pathValue() != null ? "按进度应达 " : "目标 ";
        return "本期 " + Fmt.withUnit(fact.value(), fact.indicator(), single) + "，" + should
                + Fmt.withUnit(reference, fact.indicator(), single) + "，差 " + Fmt.gap(distance, fact.indicator());
    }
}
