package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.COMPLETENESS;
import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.evaluate.EntityType;
import io.hqd.report.Fmt;
import io.hqd.report.StatusText;
import io.hqd.report.sections.TargetText;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.schema.marts.tables.records.EvaluationRecord;

/**
 * Counties of a city side by side, one table per target, built from the county rows of marts.evaluation so the
 * comparison and the evaluation cannot disagree. For a target that applies to hospitals the county's value is the
 * aggregate of its in-scope hospitals only and its status counts them ("1/2 家达标"); for a county target it is the
 * county's own figure against its own history. Counties are ranked only against counties judged on the same
 * population, and only on complete (not provisional) figures; change since the last period is shown only for a
 * ratio with complete figures in both periods (a flow summed over a different number of quarters is not comparable).
 */
public final class CountyComparisonQuery {
    private final DSLContext dsl;

    public CountyComparisonQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CountyRow> fetch(Periods period, List<String> counties, RegionTree regions, List<EvalFact> facts,
                                 Map<String, IndicatorMeta> indicators) {
        Map<String, EvalFact> labels = new LinkedHashMap<>();
        facts.stream().filter(f -> f.entityType() == EntityType.county && counties.contains(f.entityCode()))
                .sorted(Comparator.comparing(EvalFact::targetCode))
                .forEach(f -> labels.putIfAbsent(f.targetCode(), f));
        Map<String, EvaluationRecord> now = new HashMap<>();
        Map<String, EvaluationRecord> before = new HashMap<>();
        for (EvaluationRecord r : dsl.selectFrom(EVALUATION)
                .where(EVALUATION.ENTITY_TYPE.eq(EntityType.county), EVALUATION.ENTITY_CODE.in(counties),
                        EVALUATION.TARGET_CODE.in(labels.keySet()),
                        EVALUATION.PERIOD_CODE.in(period.code(), period.previous().code()))
                .fetch()) {
            (r.getPeriodCode().equals(period.code()) ? now : before).put(r.getTargetCode() + "|" + r.getEntityCode(), r);
        }
        Map<String, int[]> reported = reported(period, counties, regions);
        List<CountyRow> out = new ArrayList<>();
        for (EvalFact label : labels.values()) {
            IndicatorMeta meta = label.indicator();
            boolean ratio = meta.denominator() != null;
            List<CountyRow> rows = new ArrayList<>();
            for (String c : counties) {
                EvaluationRecord v = now.get(label.targetCode() + "|" + c);
                if (v == null) {
                    continue;
                }
                EvaluationRecord p = before.get(label.targetCode() + "|" + c);
                boolean provisional = Boolean.TRUE.equals(v.getProvisional());
                boolean comparable = ratio && !provisional && p != null && !Boolean.TRUE.equals(p.getProvisional());
                Integer inScope = v.getHospitalsInScope();

                String status = StatusText.of(v.getStatus())
                        + (inScope == null ? "" : "（" + v.getHospitalsMet() + "/" + inScope + " 家达标）");
                rows.add(new CountyRow(label.targetCode(), label.targetLabel(), c, regions.name(c), v.getValue(),
                        comparable ? p.getValue() : null, null, meta, targetText(label, v.getTargetValue()),
                        status, reported.get(c)[0], reported.get(c)[1], provisional));
            }
            rows.sort(Comparator.comparing((CountyRow r) -> r.value() == null || r.provisional())
                    .thenComparing(r -> r.value() == null ? 0 : (meta.lowerIsBetter() ? r.value() : -r.value()))
                    .thenComparing(CountyRow::countyCode));
            int rank = 0;
            for (CountyRow r : rows) {
                boolean ranked = r.value() != null && !r.provisional();
                out.add(!ranked ? r : new CountyRow(r.indicatorCode(), r.indicatorName(), r.countyCode(),
                        r.countyName(), r.value(), r.previous(), ++rank, r.meta(), r.targetText(), r.statusText(),
                        r.reporting(), r.expected(), r.provisional()));
            }
        }
        return out;
    }

    /**
     * The county's target with its comparison and unit ("≥ 90.0%", "≤ 9.0 天"); a yes/no item's target reads
     * 是 (each in-scope hospital), a direction or ranking reads in words.
     */
    static String targetText(EvalFact label, Double target) {
        if (TargetText.isWords(label) || label.op() == null) {
            return TargetText.of(label);
        }
        if (target == null) {
            return "—";
        }
        if (label.indicator().isFlag()) {
            return target >= 0.5 ? "是" : "否";
        }
        return label.op().symbol() + " " + Fmt.withUnit(target, label.indicator(), false);
    }

    /** Per county: hospitals with a submission in force this quarter, and hospitals expected (marts.completeness). */
    private Map<String, int[]> reported(Periods period, List<String> counties, RegionTree regions) {
        Map<String, int[]> out = new HashMap<>();
        for (String c : counties) {
            var rows = dsl.select(COMPLETENESS.STATUS).from(COMPLETENESS)
                    .where(COMPLETENESS.PERIOD_CODE.eq(period.code()), COMPLETENESS.REGION_CODE.in(regions.within(c)))
                    .fetch(r -> r.value1());
            int in = (int) rows.stream().filter(s -> s != null && !s.equals("rejected")).count();
            out.put(c, new int[] {in, rows.size()});
        }
        return out;
    }
}
