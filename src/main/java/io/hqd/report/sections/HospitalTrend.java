package io.hqd.report.sections;

import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.evaluate.EntityType;
import io.hqd.warehouse.Periods;

/** One hospital's year-to-date values of some indicators over the last quarters (oldest first). */
public final class HospitalTrend {
    static final int QUARTERS = 5;
    private final List<String> periods = new ArrayList<>();
    private final Map<String, Double> values = new HashMap<>();

    public HospitalTrend(DSLContext dsl, Periods period, String hospitalCode, Collection<String> indicators) {
        Periods p = period;
        for (int i = 0; i < QUARTERS; i++, p = p.previous()) {
            periods.add(0, p.code());
        }
        for (var r : dsl.select(INDICATOR_VALUE.INDICATOR, INDICATOR_VALUE.PERIOD_CODE, INDICATOR_VALUE.VALUE)
                .from(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.ENTITY_TYPE.eq(EntityType.hospital), INDICATOR_VALUE.ENTITY_CODE.eq(hospitalCode),
                        INDICATOR_VALUE.PERIOD_CODE.in(periods), INDICATOR_VALUE.INDICATOR.in(indicators))
                .fetch()) {
            values.put(r.value1() + "|" + r.value2(), r.value3());
        }
    }

    public List<String> periods() {
        return periods;
    }

    /** Values of one indicator, null where the quarter has none. */
    public List<Double> of(String indicator) {
        return periods.stream().map(q -> values.get(indicator + "|" + q)).toList();
    }
}
