package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import io.hqd.warehouse.Periods;

/**
 * Where a hospital's figure came from: exactly the cells it was computed from (marts.indicator_lineage, the table
 * `hqd trace` reads too): for a ratio only the quarters where both halves were accepted, for a stock only the
 * latest quarter; a cell kept from an earlier version of a partly accepted correction says so.
 */
public final class LineageQuery {
    private final DSLContext dsl;

    public LineageQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Lineage per fact (same order as {@code facts}); empty for region rows. */
    public List<Lineage> fetch(Periods period, List<EvalFact> facts) {
        Set<String> hospitals = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        for (EvalFact f : facts) {
            if (f.isHospital()) {
                hospitals.add(f.entityCode());
                indicators.add(f.indicator().code());
            }
        }
        Map<String, List<String[]>> cells = new LinkedHashMap<>();
        if (!hospitals.isEmpty()) {
            for (var r : dsl.selectFrom(INDICATOR_LINEAGE)
                    .where(INDICATOR_LINEAGE.PERIOD_CODE.eq(period.code()), INDICATOR_LINEAGE.REPORTER_CODE.in(hospitals),
                            INDICATOR_LINEAGE.INDICATOR.in(indicators))
                    .orderBy(INDICATOR_LINEAGE.QUARTER, INDICATOR_LINEAGE.PART.desc()).fetch()) {
                cells.computeIfAbsent(r.getReporterCode() + "|" + r.getIndicator(), k -> new ArrayList<>())
                        .add(new String[] {r.getElementCode() + "@" + r.getQuarter(), r.getOriginalName(),
                                r.getSheet() + "!" + r.getCell() + (Boolean.TRUE.equals(r.getCarried()) ? "（沿用更正前版本）" : "")});
            }
        }
        List<Lineage> out = new ArrayList<>();
        for (EvalFact f : facts) {
            Set<String> files = new LinkedHashSet<>();
            List<String> refs = new ArrayList<>();
            if (f.isHospital()) {
                for (String[] c : cells.getOrDefault(f.entityCode() + "|" + f.indicator().code(), List.of())) {
                    files.add(c[1]);
                    refs.add(c[0] + " " + c[1] + " " + c[2]);
                }
            }
            out.add(new Lineage(String.join("；", files), String.join("；", refs)));
        }
        return out;
    }

    /** Source file names, and element@period file sheet!cell references. */
    public record Lineage(String files, String cells) {
    }
}
