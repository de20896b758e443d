package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import io.hqd.report.StatusText;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.schema.marts.tables.records.IndicatorValueRecord;

/** Counties of a city side by side for the indicators the city's targets name (from marts.indicator_value). */
public final class CountyComparisonQuery {
    private final DSLContext dsl;

    public CountyComparisonQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CountyRow> fetch(Periods period, List<String> counties, RegionTree regions, List<EvalFact> facts,
                                 Map<String, IndicatorMeta> indicators) {
        Set<String> keys = new LinkedHashSet<>();
        facts.stream().map(f -> f.indicator().code()).sorted().forEach(keys::add);
        Map<String, IndicatorValueRecord> now = new HashMap<>();
        Map<String, IndicatorValueRecord> before = new HashMap<>();
        for (IndicatorValueRecord r : dsl.selectFrom(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.ENTITY_TYPE.eq("county"), INDICATOR_VALUE.ENTITY_CODE.in(counties),
                        INDICATOR_VALUE.INDICATOR.in(keys),
                        INDICATOR_VALUE.PERIOD_CODE.in(period.code(), period.previous().code()))
                .fetch()) {
            (r.getPeriodCode().equals(period.code()) ? now : before).put(r.getEntityCode() + "|" + r.getIndicator(), r);
        }
        Map<String, EvalFact> countyFacts = new HashMap<>();
        for (EvalFact f : facts) {
            if (f.entityType().equals("county")) {
                countyFacts.putIfAbsent(f.entityCode() + "|" + f.indicator().code(), f);
            }
        }
        List<CountyRow> out = new ArrayList<>();
        for (String ind : keys) {
            IndicatorMeta meta = indicators.getOrDefault(ind, IndicatorMeta.unknown(ind));
            List<CountyRow> rows = new ArrayList<>();
            for (String c : counties) {
                IndicatorValueRecord v = now.get(c + "|" + ind);
                IndicatorValueRecord p = before.get(c + "|" + ind);
                EvalFact f = countyFacts.get(c + "|" + ind);
                rows.add(new CountyRow(ind, meta.name() + (meta.isPercent() ? "（%）" : ""), c, regions.name(c),
                        v == null ? null : v.getValue(), p == null ? null : p.getValue(), null, meta.decimals(),
                        f == null ? "—" : f.targetText(), f == null ? "—" : StatusText.of(f.status()),
                        v == null ? null : v.getReporting(), v == null ? null : v.getExpected(),
                        v != null && Boolean.TRUE.equals(v.getProvisional())));
            }
            rows.sort(Comparator.comparing((CountyRow r) -> r.value() == null)
                    .thenComparing(r -> r.value() == null ? 0 : (meta.lowerIsBetter() ? r.value() : -r.value()))
                    .thenComparing(CountyRow::countyCode));
            int rank = 0;
            for (CountyRow r : rows) {
                rank++;
                out.add(r.value() == null ? r : new CountyRow(r.indicatorCode(), r.indicatorName(), r.countyCode(),
                        r.countyName(), r.value(), r.previous(), rank, r.decimals(), r.targetText(), r.statusText(),
                        r.reporting(), r.expected(), r.provisional()));
            }
        }
        return out;
    }
}
