package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.FIGURE_REPORTER;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.staged.Tables.INDICATOR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

/**
 * Where a figure came from: exactly the cells it was computed from (marts.indicator_lineage of the reporters
 * marts.figure_reporter names for the figure, the relation `hqd trace` reads too): for a ratio only the quarters where
 * both halves were accepted, for a stock only the latest quarter; a cell kept from an earlier version of a partly
 * accepted correction says so. Hospital rows list their own cells; a county or city row of a region-level indicator
 * lists its bureau's cells, or its districts' where the figure was built from theirs. A region row of a hospital
 * target counts hospitals (each listed on its own row), so it lists none.
 */
public final class LineageQuery {
    private final DSLContext dsl;

    public LineageQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Lineage per fact (same order as {@code facts}); empty for region rows of hospital-level indicators. */
    public List<Lineage> fetch(Periods period, List<EvalFact> facts) {
        Set<String> regionLevel = new HashSet<>(dsl.selectDistinct(INDICATOR.CODE).from(INDICATOR)
                .where(INDICATOR.LEVEL.eq(Indicator.Level.region.name())).fetch(INDICATOR.CODE));
        Set<String> entities = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        for (EvalFact f : facts) {
            if (listsCells(f, regionLevel)) {
                entities.add(f.entityCode());
                indicators.add(f.indicator().code());
            }
        }
        Map<String, List<String[]>> cells = new LinkedHashMap<>();
        if (!entities.isEmpty()) {
            var l = INDICATOR_LINEAGE;
            for (var r : dsl.select(FIGURE_REPORTER.ENTITY_CODE, l.INDICATOR, l.ELEMENT_CODE, l.QUARTER, l.ORIGINAL_NAME,
                            l.SHEET, l.CELL, l.CARRIED)
                    .from(FIGURE_REPORTER).join(l).on(l.PERIOD_CODE.eq(FIGURE_REPORTER.PERIOD_CODE),
                            l.REPORTER_CODE.eq(FIGURE_REPORTER.REPORTER_CODE), l.INDICATOR.eq(FIGURE_REPORTER.INDICATOR))
                    .where(FIGURE_REPORTER.PERIOD_CODE.eq(period.code()), FIGURE_REPORTER.ENTITY_CODE.in(entities),
                            FIGURE_REPORTER.INDICATOR.in(indicators))
                    .orderBy(l.REPORTER_CODE, l.QUARTER, l.PART.desc()).fetch()) {
                cells.computeIfAbsent(r.value1() + "|" + r.value2(), k -> new ArrayList<>())
                        .add(new String[] {r.value3() + "@" + r.value4(), r.value5(),
                                r.value6() + "!" + r.value7() + (Boolean.TRUE.equals(r.value8()) ? "（沿用更正前版本）" : "")});
            }
        }
        List<Lineage> out = new ArrayList<>();
        for (EvalFact f : facts) {
            Set<String> files = new LinkedHashSet<>();
            List<String> refs = new ArrayList<>();
            if (listsCells(f, regionLevel)) {
                for (String[] c : cells.getOrDefault(f.entityCode() + "|" + f.indicator().code(), List.of())) {
                    files.add(c[1]);
                    refs.add(c[0] + " " + c[1] + " " + c[2]);
                }
            }
            out.add(new Lineage(String.join("；", files), String.join("；", refs)));
        }
        return out;
    }

    private static boolean listsCells(EvalFact f, Set<String> regionLevel) {
        return f.isHospital() || regionLevel.contains(f.indicator().code());
    }

    /** Source file names, and element@period file sheet!cell references. */
    public record Lineage(String files, String cells) {
    }
}
