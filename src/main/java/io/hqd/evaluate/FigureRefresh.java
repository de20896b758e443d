package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.jooq.DSLContext;

import io.hqd.catalog.Catalog;
import io.hqd.progress.Progress;
import io.hqd.warehouse.Periods;

/**
 * The computeIndicators step: the run's period and every earlier period with data (trend charts read them), each
 * recomputed only when it is the run's period or its inputs changed since its figures were computed
 * ({@link FigureInputs}); the others keep their figures. A run with a scope rewrites only the scope's rows.
 */
final class FigureRefresh {
    private final DSLContext dsl;
    private final Catalog catalog;
    private final Clock clock;
    private final Consumer<String> log;

    FigureRefresh(DSLContext dsl, Catalog catalog, Clock clock, Consumer<String> log) {
        this.dsl = dsl;
        this.catalog = catalog;
        this.clock = clock;
        this.log = log;
    }

    /** Which periods were recomputed (and why) and which kept; rows written. */
    record Outcome(Map<Periods, String> computed, List<Periods> kept, int rows) {
        /** For the run history: "重算 2026Q3（本期）、2026Q2（数据有变化），未变化的 2025Q1—2026Q1 沿用已有结果". */
        String words() {
            List<String> done = new ArrayList<>();
            computed.forEach((p, why) -> done.add(p.code() + "（" + why + "）"));
            String out = "重算 " + String.join("、", done);
            return kept.isEmpty() ? out
                    : out + "，未变化的 " + Coverage.ranges(kept.stream().map(Periods::code).toList()) + " 沿用已有结果";
        }
    }

    Outcome run(Periods period, String scopeRegion, String runId) {
        FigureInputs inputs = new FigureInputs(dsl);
        Map<String, String> recorded = inputs.recorded();
        Map<Periods, String> why = new LinkedHashMap<>();
        Map<Periods, String> fingerprints = new LinkedHashMap<>();
        List<Periods> kept = new ArrayList<>();
        for (Periods p : periodsUpTo(period)) {
            String fp = inputs.fingerprint(p);
            fingerprints.put(p, fp);
            String last = recorded.get(p.code());
            if (p.equals(period)) {
                why.put(p, "本期");
            } else if (last == null) {
                why.put(p, "尚未计算");
            } else if (!FigureInputs.sameBuild(last)) {
                why.put(p, "hqd 已更新");
            } else if (!last.equals(fp)) {
                why.put(p, "数据有变化");
            } else {
                kept.add(p);
            }
        }
        int rows = 0;
        if (!why.isEmpty()) {
            rows = compute(why.keySet(), scopeRegion, runId);
        }
        for (Periods p : why.keySet()) {
            String fp = fingerprints.get(p);
            if (scopeRegion == null) {
                inputs.record(p, fp, runId);
            } else if (!fp.equals(recorded.get(p.code()))) {
                inputs.forget(p);   // only the scope's rows follow the new inputs
            }
        }
        return new Outcome(why, kept, rows);
    }

    /** Every period with values in force up to {@code period}, and {@code period} itself, oldest first. */
    private Set<Periods> periodsUpTo(Periods period) {
        Set<Periods> out = new TreeSet<>();
        dsl.selectDistinct(CURRENT_VALUE.PERIOD_CODE).from(CURRENT_VALUE).fetch(CURRENT_VALUE.PERIOD_CODE)
                .forEach(code -> out.add(Periods.parse(code)));
        out.removeIf(p -> p.compareTo(period) > 0);
        out.add(period);
        return out;
    }

    /**
     * Computes the periods a year at a time, each year from a cube of that year's values only (figures are year to
     * date): memory follows one year of values, however many years the warehouse holds.
     */
    private int compute(Set<Periods> periods, String scopeRegion, String runId) {
        OrgUnits org = OrgUnits.load(dsl);
        EvaluationStore store = new EvaluationStore(dsl);
        Progress progress = new Progress("计算指标", "项（指标×报告期）",
                periods.size() * new IndicatorValues(catalog, org, new ValueCube()).codes().size(), clock, log);
        Map<Integer, List<Periods>> byYear = new TreeMap<>();
        periods.forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
        int rows = 0;
        for (var year : byYear.entrySet()) {
            ValueCube cube = ValueCube.load(dsl, CubeYears.forFigures(year.getValue().get(0)));
            IndicatorValues values = new IndicatorValues(catalog, org, cube);
            for (Periods p : year.getValue()) {
                Set<String> scope = RunScope.entityCodes(org, scopeRegion, org.hospitalsOn(p.end()));
                IndicatorValues.Computed computed = values.computeWithLineage(p, runId, progress::step);
                var kept = RunScope.keep(computed.values(), scope, FigureRows.Value::entityCode);
                store.replaceIndicatorValues(p, scope, kept);
                store.replaceLineage(p, scope, RunScope.keep(computed.lineage(), scope, FigureRows.Lineage::reporterCode));
                store.replaceFigureBureaus(p, scope, RunScope.keep(computed.reporters(), scope, FigureRows.Reporter::entityCode));
                store.replaceRegionHospitals(p, scope, RunScope.keep(computed.members(), scope, FigureRows.Member::regionCode));
                rows += kept.size();
            }
        }
        progress.finish();
        return rows;
    }
}
