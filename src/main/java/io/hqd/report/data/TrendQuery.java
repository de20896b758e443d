package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.warehouse.Periods;

/** Year-to-date values of the pack region's key indicators over the last quarters, with target lines. */
public final class TrendQuery {
    static final int QUARTERS = 8;
    private final DSLContext dsl;

    public TrendQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Target kinds whose value is a value of the indicator itself, so it can be drawn on the indicator's axis. A rank
     * (前 22 名), a count or share of hospitals (≥ 5 家), a change or a deadline is not: drawn there it reads as a
     * level the region misses (a satisfaction score of 90 against a line at 22).
     */
    private static final java.util.Set<io.hqd.catalog.Target.Kind> ON_THE_INDICATORS_SCALE = java.util.EnumSet.of(
            io.hqd.catalog.Target.Kind.each, io.hqd.catalog.Target.Kind.total, io.hqd.catalog.Target.Kind.region_rate,
            io.hqd.catalog.Target.Kind.range, io.hqd.catalog.Target.Kind.approx);

    public List<TrendSeries> fetch(Periods period, PackRegion region, List<EvalFact> facts) {
        List<String> periods = new ArrayList<>();
        Periods p = period;
        for (int i = 0; i < QUARTERS; i++, p = p.previous()) {
            periods.add(0, p.code());
        }
        Map<String, List<EvalFact>> targetsByIndicator = new LinkedHashMap<>();
        Map<String, IndicatorMeta> metas = new LinkedHashMap<>();
        facts.stream().sorted(java.util.Comparator.comparing(EvalFact::targetCode)).forEach(f -> {
            metas.putIfAbsent(f.indicator().code(), f.indicator());
            List<EvalFact> list = targetsByIndicator.computeIfAbsent(f.indicator().code(), k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.targetCode().equals(f.targetCode()))) {
                list.add(f);
            }
        });
        Map<String, Double> values = new HashMap<>();
        for (var r : dsl.select(INDICATOR_VALUE.INDICATOR, INDICATOR_VALUE.PERIOD_CODE, INDICATOR_VALUE.VALUE)
                .from(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.ENTITY_TYPE.eq(region.entityType()), INDICATOR_VALUE.ENTITY_CODE.eq(region.code()),
                        INDICATOR_VALUE.PERIOD_CODE.in(periods), INDICATOR_VALUE.INDICATOR.in(metas.keySet()))
                .fetch()) {
            values.put(r.value1() + "|" + r.value2(), r.value3());
        }
        Map<String, Double> paths = new HashMap<>();
        for (var r : dsl.select(EVALUATION.TARGET_CODE, EVALUATION.PERIOD_CODE, EVALUATION.PATH_VALUE)
                .from(EVALUATION)
                .where(EVALUATION.ENTITY_TYPE.eq(region.entityType()), EVALUATION.ENTITY_CODE.eq(region.code()),
                        EVALUATION.PERIOD_CODE.in(periods), EVALUATION.PATH_VALUE.isNotNull())
                .fetch()) {
            paths.put(r.value1() + "|" + r.value2(), r.value3());
        }
        List<TrendSeries> out = new ArrayList<>();
        for (var e : metas.entrySet()) {
            List<Double> v = periods.stream().map(q -> values.get(e.getKey() + "|" + q)).toList();
            if (v.stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            // start the axis at the first quarter with a value: quarters before any data are empty space on paper
            int first = 0;
            while (v.get(first) == null) {
                first++;
            }
            List<TrendSeries.Reference> refs = new ArrayList<>();
            for (EvalFact t : targetsByIndicator.get(e.getKey())) {
                if (t.targetValue() == null || !ON_THE_INDICATORS_SCALE.contains(t.kind())) {
                    continue;
                }
                String who = (t.scopeTier() == null ? "" : t.scopeTier()) + (t.scopeType() == null ? "" : t.scopeType());
                boolean hasPath = periods.stream().anyMatch(q -> paths.containsKey(t.targetCode() + "|" + q));
                List<Double> line = periods.stream().map(q -> hasPath ? paths.get(t.targetCode() + "|" + q) : t.targetValue()).toList();
                refs.add(new TrendSeries.Reference((hasPath ? "进度路径 " : "目标 ") + (who.isEmpty() ? "" : who + " ")
                        + t.targetCode(), line.subList(first, line.size())));
            }
            out.add(new TrendSeries(e.getValue(), periods.subList(first, periods.size()), v.subList(first, v.size()), refs));
        }
        return out;
    }
}
