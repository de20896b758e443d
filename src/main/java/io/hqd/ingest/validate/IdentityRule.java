package io.hqd.ingest.validate;

import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.ReadCell;
import io.hqd.warehouse.Periods;

/**
 * Part ≤ whole: for every catalog percentage indicator (scale 100) the numerator element cannot exceed
 * the denominator element (微创/四级 ≤ 手术台次, 日间 ≤ 择期, 入径 ≤ 出院 …). The numerator is rejected.
 */
public final class IdentityRule implements ValidationRule {
    @Override public String id() { return "identity"; }
    @Override public String label() { return "部分大于整体"; }
    @Override public String todo() { return "核对分子和分母（如微创手术台次不能超过手术台次）"; }
    @Override public Severity severity() { return Severity.ERROR; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        int year = Periods.parse(s.periodCode()).year();
        Map<String, ReadCell> values = s.values();
        Map<String, Indicator> elements = ctx.elements(s);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Indicator i : ctx.catalog().indicators()) {
            if (i.isElement() || i.scale() != 100 || i.denominator() == null || !i.validIn(year)) {
                continue;
            }
            ReadCell num = values.get(i.numerator());
            ReadCell den = values.get(i.denominator());
            if (num == null || den == null || num.value().compareTo(den.value()) <= 0
                    || !seen.add(i.numerator() + "/" + i.denominator())) {
                continue;
            }
            out.add(Finding.at(num.where(), id(), severity(), name(elements, i.numerator()) + "（"
                    + num.value().toPlainString() + "）大于" + name(elements, i.denominator()) + "（"
                    + den.value().toPlainString() + "），" + i.name() + "不能超过 100%，请核对", num.rawText(), i.numerator()));
        }
    }

    private static String name(Map<String, Indicator> elements, String code) {
        Indicator e = elements.get(code);
        return "「" + (e == null ? code : e.name()) + "」";
    }
}
