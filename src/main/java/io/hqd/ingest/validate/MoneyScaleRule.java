package io.hqd.ingest.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.ElementDomain;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.ReadCell;

/**
 * 元 and 万元 side by side in one template invite a 10,000× slip (能耗支出 is asked in 元, every other amount in
 * 万元). Two amounts of the same report that belong together are compared in 元: a share outside its plausible
 * band (already generous; a slip lands about 10,000× outside) is a warning on the amount whose unit explains it.
 * Loaded, reported for a person to confirm, like {@link JumpRule}.
 */
public final class MoneyScaleRule implements ValidationRule {
    public static final String ID = "money_scale";

    /** A part and the whole it is compared with, and the band of part/whole (both in 元) that is plausible. */
    record Proportion(String part, String whole, BigDecimal min, BigDecimal max) {
        Proportion(String part, String whole, String min, String max) {
            this(part, whole, new BigDecimal(min), new BigDecimal(max));
        }
    }

    /** The pairs checked, stated once: 能耗 0.01%–100% of 总收入; 人员 1%–10× of 医疗收入; 医疗收入 and 总支出 vs 总收入. */
    static final List<Proportion> PROPORTIONS = List.of(
            new Proportion("energy_expenditure", "total_revenue", "0.0001", "1"),
            new Proportion("personnel_cost", "medical_revenue", "0.01", "10"),
            new Proportion("personnel_expenditure", "medical_revenue", "0.01", "10"),
            new Proportion("medical_revenue", "total_revenue", "0.01", "10"),
            new Proportion("total_expenditure", "total_revenue", "0.1", "10"));

    @Override public String id() { return ID; }
    @Override public String label() { return "金额比例悬殊（疑为元与万元填错）"; }
    @Override public String todo() { return "核对金额单位：能耗支出以元填报，其他金额以万元填报；属实时由统计人员用 accept-warning 确认"; }
    @Override public Severity severity() { return Severity.WARNING; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        Map<String, Indicator> elements = ctx.elements(s);
        Map<String, ReadCell> values = s.values();
        for (Proportion p : PROPORTIONS) {
            Indicator part = elements.get(p.part());
            Indicator whole = elements.get(p.whole());
            ReadCell a = values.get(p.part());
            ReadCell b = values.get(p.whole());
            if (part == null || whole == null || a == null || b == null || a.value() == null || b.value() == null
                    || a.value().signum() <= 0 || b.value().signum() <= 0) {
                continue;
            }
            BigDecimal share = inYuan(a.value(), part.unit()).divide(inYuan(b.value(), whole.unit()), MathContext.DECIMAL64);
            boolean tooSmall = share.compareTo(p.min()) < 0;
            if (!tooSmall && share.compareTo(p.max()) <= 0) {
                continue;
            }
            // Too small: a 元 part written in 万元, or a 万元 whole written in 元; too large: the other way round.
            boolean partSuspect = tooSmall == "元".equals(part.unit());
            ReadCell at = partSuspect ? a : b;
            Indicator suspect = partSuspect ? part : whole;
            out.add(Finding.at(at.where(), id(), severity(), part.name() + "（" + amount(a, part) + "）是" + whole.name()
                    + "（" + amount(b, whole) + "）的 " + percent(share, tooSmall ? p.min() : p.max()) + "，"
                    + (tooSmall ? "低于 " + percent(p.min(), null) : "高于 " + percent(p.max(), null)) + "，相差悬殊，疑为元与万元填错：" + suspect.name() + "（本单元格）"
                    + ElementDomain.moneyUnit(suspect.unit()) + "，" + other(suspect, part, whole).name()
                    + ElementDomain.moneyUnit(other(suspect, part, whole).unit()) + "。请核实", at.rawText(), suspect.code()));
        }
    }

    private static Indicator other(Indicator suspect, Indicator part, Indicator whole) {
        return suspect == part ? whole : part;
    }

    private static BigDecimal inYuan(BigDecimal v, String unit) {
        return switch (unit == null ? "" : unit) {
            case "万元" -> v.scaleByPowerOfTen(4);
            case "亿元" -> v.scaleByPowerOfTen(8);
            default -> v;
        };
    }

    private static String amount(ReadCell c, Indicator e) {
        return c.value().stripTrailingZeros().toPlainString() + " " + e.unit();
    }

    /**
     * A share in per cent to three significant digits (0.0006%, 1.2%, 400000%); next to the band's edge it takes
     * as many digits as it needs, rounded away from the edge, so a share just outside never prints as the edge.
     */
    private static String percent(BigDecimal share, BigDecimal edge) {
        BigDecimal pct = share.scaleByPowerOfTen(2).round(new MathContext(3, RoundingMode.HALF_UP));
        if (edge != null && pct.compareTo(edge.scaleByPowerOfTen(2)) == 0) {
            boolean below = share.compareTo(edge) < 0;
            pct = share.scaleByPowerOfTen(2).round(new MathContext(6, below ? RoundingMode.DOWN : RoundingMode.UP));
        }
        pct = pct.stripTrailingZeros();
        return (pct.scale() < 0 ? pct.setScale(0) : pct).toPlainString() + "%";
    }
}
