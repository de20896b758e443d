package io.hqd.ingest.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.ReadCell;

/**
 * A value far from the reporter's own recent quarters (robust: median and MAD, so one odd quarter
 * in the history does not hide the next). Loaded, reported for a person to confirm.
 */
public final class JumpRule implements ValidationRule {
    static final int MIN_HISTORY = 4;
    static final double THRESHOLD = 5.0;

    @Override public String id() { return "jump"; }
    @Override public String label() { return "与本单位往期相比变化异常"; }
    @Override public String todo() { return "核实数字；属实时由统计人员用 accept-warning 确认"; }
    @Override public Severity severity() { return Severity.WARNING; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        if (s.reporterCode() == null || s.periodCode() == null) {
            return;
        }
        Map<String, Indicator> elements = ctx.elements(s);
        for (ReadCell c : s.values().values()) {
            Indicator e = elements.get(c.element());
            if (e == null || e.aggregation() == Indicator.Aggregation.flag || e.aggregation() == Indicator.Aggregation.level) {
                continue;
            }
            List<BigDecimal> history = ctx.history().previous(s.reporterCode(), c.element(), s.periodCode());
            if (history.size() < MIN_HISTORY) {
                continue;
            }
            double median = median(history.stream().map(BigDecimal::doubleValue).toList());
            List<Double> dev = history.stream().map(v -> Math.abs(v.doubleValue() - median)).toList();
            double spread = Math.max(1.4826 * median(dev), Math.max(0.1 * Math.abs(median), 1.0));
            double x = c.value().doubleValue();
            if (Math.abs(x - median) / spread > THRESHOLD) {
                out.add(Finding.at(c.where(), id(), severity(), e.name() + "：本期 " + c.value().toPlainString()
                        + "，本单位前 " + history.size() + " 个季度中位数为 " + round(median) + "，变化异常，请核实（如确属实可由统计人员确认）",
                        c.rawText(), e.code()));
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static String round(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
