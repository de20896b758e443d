package io.hqd.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    public static String num(Double v, int decimals) {
        Double r = round(v, decimals);
        return r == null ? "—" : BigDecimal.valueOf(r).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    public static String signed(Double v, int decimals) {
        if (v == null) {
            return "—";
        }
        String s = num(v, decimals);
        return v > 0 && !s.matches("0(\\.0+)?") ? "+" + s : s;
    }
}
