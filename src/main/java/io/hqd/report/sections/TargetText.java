package io.hqd.report.sections;

import io.hqd.catalog.Target;
import io.hqd.evaluate.Comparison;
import io.hqd.report.Fmt;
import io.hqd.report.data.EvalFact;

/** A target as a table cell: "≥ 2.00", "≥ 90.0%", "是", or its words when it has no number (逐步提高, 排名前列). */
public final class TargetText {
    private TargetText() {
    }

    /** True when the target is words (a direction or a ranking), so a number beside it would mislead. */
    public static boolean isWords(EvalFact f) {
        return "up".equals(f.op()) || "down".equals(f.op()) || f.kind() == Target.Kind.rank || "top".equals(f.op());
    }

    public static String of(EvalFact f) {
        if ("up".equals(f.op()) || "down".equals(f.op())) {
            return "up".equals(f.op()) ? "逐步提高" : "逐步降低";
        }
        if (f.kind() == Target.Kind.rank || "top".equals(f.op())) {
            return "排名前列";
        }
        if (f.op() == null) {
            return "—";
        }
        if (f.targetValue() == null) {
            return Comparison.symbol(f.op());
        }
        if (f.indicator().isFlag() && f.isHospital()) {
            return f.targetValue() >= 0.5 ? "是" : "否";
        }
        return Comparison.symbol(f.op()) + " " + Fmt.withUnit(f.targetValue(), f.indicator(), f.isHospital());
    }
}
