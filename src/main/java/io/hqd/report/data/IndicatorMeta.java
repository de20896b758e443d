package io.hqd.report.data;

import static io.hqd.warehouse.schema.staged.Tables.INDICATOR;

import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

/** Name, unit, decimals and direction of an indicator, in the version valid in the report's year. */
public record IndicatorMeta(String code, String name, String unit, int decimals, String direction,
                            String numerator, String denominator) {

    public boolean lowerIsBetter() {
        return "lower".equals(direction);
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** A yes/no item (1 = 是, 0 = 否); above a hospital it is the share of hospitals saying 是. */
    public boolean isFlag() {
        return unit != null && unit.startsWith("是/否");
    }

    /** The unit as printed after a number: "%" tight, words after a thin space, none for pure numbers. */
    public String printedUnit() {
        if (unit == null || unit.isBlank() || isFlag() || unit.equals("序数") || unit.equals("权重") || unit.startsWith("比值")) {
            return "";
        }
        return isPercent() || unit.equals("‰") ? unit : " " + unit;
    }

    public static Map<String, IndicatorMeta> load(DSLContext dsl, int year) {
        Map<String, IndicatorMeta> out = new HashMap<>();
        for (var r : dsl.selectFrom(INDICATOR).orderBy(INDICATOR.CODE, INDICATOR.VERSION).fetch()) {
            boolean valid = (r.getValidFrom() == null || year >= r.getValidFrom())
                    && (r.getValidTo() == null || year <= r.getValidTo());
            if (valid || !out.containsKey(r.getCode())) {
                out.put(r.getCode(), new IndicatorMeta(r.getCode(), r.getName(), r.getUnit(),
                        r.getDecimals() == null ? 2 : r.getDecimals(), r.getDirection(), r.getNumerator(), r.getDenominator()));
            }
        }
        return out;
    }

    public static IndicatorMeta unknown(String code) {
        return new IndicatorMeta(code, code, null, 2, "higher", null, null);
    }
}
