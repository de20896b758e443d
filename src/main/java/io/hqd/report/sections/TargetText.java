package io.hqd.report.sections;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.report.Fmt;
import io.hqd.report.data.EvalFact;

/** A target as a table cell: "≥ 2.00", "≥ 90.0%", "是", or its words when it has no number (逐步提高, 排名前列). */
public final class TargetText {
    private TargetText() {
    }

    /** True when the target is words (a direction or a ranking), so a number beside it would mislead. */
    public static boolean isWords(EvalFact f) {
        return f.kind() == Target.Kind.rank || f.op() != null && !f.op().isNumeric();
    }

    public static String of(EvalFact f) {
        if (f.kind() == Target.Kind.rank) {
            return Comparator.top.symbol();
        }
        if (f.op() != null && !f.op().isNumeric()) {
            return f.op().symbol();
        }
        if (f.op() == null) {
            return "—";
        }
        if (f.targetValue() == null) {
            return f.op().symbol();
        }
        if (f.indicator().isFlag() && f.isHospital()) {
            return f.targetValue() >= 0.5 ? "是" : "否";
        }
        return f.op().symbol() + " " + Fmt.withUnit(f.targetValue(), f.indicator(), f.isHospital());
    }
}
