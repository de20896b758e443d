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
