package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.FIGURE_REPORTER;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.staged.Tables.INDICATOR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import io.hqd.catalog.Indicator;
import io.hqd.evaluate.ValueCube;
import io.hqd.warehouse.Periods;

/**
 * Where a figure came from: exactly the cells it was computed from (marts.indicator_lineage of the reporters
 * marts.figure_reporter names for the figure, the relation `hqd trace` reads too, in trace's order: numerator
 * cells before denominator cells, then by reporter and quarter): for a ratio only the quarters where both halves
 * were accepted, for a stock only the latest quarter; a cell kept from an earlier version of a partly accepted
 * correction says so. Hospital rows list their own cells; a county or city row of a region-level indicator lists
 * its bureau's cells, or its districts' where the figure was built from theirs. A region row of a hospital target
 * counts hospitals (each listed on its own row), so it lists none.
 */
public final class LineageQuery {
    private final DSLContext dsl;

    public LineageQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Lineage per fact (same order as {@code facts}); facts about the same figure share one {@link Figure}. */
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
        Map<Figure, List<SourceCell>> cells = new HashMap<>();
        if (!entities.isEmpty()) {
            var l = INDICATOR_LINEAGE;
            for (var r : dsl.select(FIGURE_REPORTER.ENTITY_CODE, l.INDICATOR, l.PART, l.ELEMENT_CODE, l.QUARTER, l.VALUE,
                            l.ORIGINAL_NAME, l.SHEET, l.CELL, l.CARRIED)
                    .from(FIGURE_REPORTER).join(l).on(l.PERIOD_CODE.eq(FIGURE_REPORTER.PERIOD_CODE),
                            l.REPORTER_CODE.eq(FIGURE_REPORTER.REPORTER_CODE), l.INDICATOR.eq(FIGURE_REPORTER.INDICATOR))
                    .where(FIGURE_REPORTER.PERIOD_CODE.eq(period.code()), FIGURE_REPORTER.ENTITY_CODE.in(entities),
                            FIGURE_REPORTER.INDICATOR.in(indicators))
                    .orderBy(l.PART.desc(), l.REPORTER_CODE, l.QUARTER).fetch()) {
                cells.computeIfAbsent(new Figure(r.value1(), r.value2()), k -> new ArrayList<>())
                        .add(new SourceCell(ValueCube.Part.valueOf(r.value3()), r.value4(), r.value5(), r.value6(),
                                r.value7(), r.value8(), r.value9(), Boolean.TRUE.equals(r.value10())));
            }
        }
        List<Lineage> out = new ArrayList<>();
        for (EvalFact f : facts) {
            Figure figure = new Figure(f.entityCode(), f.indicator().code());
            boolean lists = listsCells(f, regionLevel);
            out.add(new Lineage(figure, lists ? List.copyOf(cells.getOrDefault(figure, List.of())) : List.of(), !lists));
        }
        return out;
    }

    private static boolean listsCells(EvalFact f, Set<String> regionLevel) {
        return f.isHospital() || regionLevel.contains(f.indicator().code());
    }

    /** One figure: an entity (hospital or region) and an indicator; several targets may judge the same figure. */
    public record Figure(String entityCode, String indicator) {
    }

    /** One source cell: the half of the figure it feeds, the element and quarter, its value, and where it was read. */
    public record SourceCell(ValueCube.Part part, String element, String quarter, double value, String file,
                             String sheet, String cell, boolean carried) {
    }

    /**
     * The cells of a fact's figure; {@code onHospitalRows} for a region row of a hospital-level indicator, which
     * counts hospitals whose cells are listed on their own rows.
     */
    public record Lineage(Figure figure, List<SourceCell> cells, boolean onHospitalRows) {
    }
}
