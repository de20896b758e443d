package io.hqd.ingest.template;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.warehouse.Periods;

/** Last period's values in force, shown on a template as 上期数值 for reference. */
public final class PreviousValues {
    private PreviousValues() {
    }

    /** reporter code -> element code -> value, for {@code period.previous()}. */
    public static Map<String, Map<String, BigDecimal>> load(DSLContext dsl, ReporterType type,
                                                            Collection<String> reporters, Periods period) {
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        dsl.select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.VALUE)
                .from(CURRENT_VALUE)
                .where(CURRENT_VALUE.REPORTER_TYPE.eq(type.dbValue()))
                .and(CURRENT_VALUE.PERIOD_CODE.eq(period.previous().code()))
                .and(CURRENT_VALUE.REPORTER_CODE.in(reporters))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), BigDecimal.valueOf(r.value3())));
        return out;
    }
}
