package io.hqd.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.hqd.report.data.IndicatorMeta;

/** Number formatting shared by the PDF and the workbook, so both show the same figures. */
public final class Fmt {
    private Fmt() {
    }

    /** The value rounded to the indicator's decimals (half up, as statisticians round by hand). */
    public static Double round(Double v, int decimals) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The decimals a figure is printed with: the indicator's, except that a figure of a whole-number indicator
     * (a count, a level) that is not whole keeps one or two: a county's mean 电子病历 level of 3.5, or a target
     * prorated to the quarter of 3.75, rounded to a whole number would print 4 beside a target of 4 rated 滞后.
     */
    public static int places(Double v, int decimals) {
        if (decimals > 0 || v == null || v.isNaN() || v.isInfinite() || whole(v, 1)) {
            return decimals;
        }
        return whole(v, 10) ? 1 : 2;
    }

    private static boolean whole(double v, double scale) {
        double s = v * scale;
        return Math.abs(s - Math.rint(s)) < 1e-9 * Math.max(1, Math.abs(s));
    }

    public static String num(Double v, int decimals) {
        int places = places(v, decimals);
        Double r = round(v, places);
        return r == null ? "—" : BigDecimal.valueOf(r).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    public static String signed(Double v, int decimals) {
        if (v == null) {
            return "—";
        }
        String s = num(v, decimals);
        return v > 0 && !s.matches("0(\\.0+)?") ? "+" + s : s;
    }

    /**
     * A value as a reader expects it: 85.2%, 1,234 人次, 是/否 for a hospital's yes/no item. An
     * aggregated yes/no item (a region's share of hospitals saying 是) reads as a percentage.
     */
    public static String withUnit(Double v, IndicatorMeta m, boolean single) {
        if (round(v, m.decimals()) == null) {
            return "—";
        }
        if (m.isFlag()) {
            return single ? (v >= 0.5 ? "是" : "否") : num(v, 1) + "%";
        }
        return num(v, m.decimals()) + m.printedUnit();
    }

    /** A difference in the indicator's unit: percentages differ in 个百分点. */
    public static String gap(double d, IndicatorMeta m) {
        String n = num(Math.abs(d), m.isFlag() ? 1 : m.decimals());
        if (m.isPercent() || m.isFlag()) {
            return n + " 个百分点";
        }
        return n + m.printedUnit();
    }
}
