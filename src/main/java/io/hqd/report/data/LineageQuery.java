package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import io.hqd.warehouse.Periods;

/**
 * Where a hospital's figure came from: the files and cells (marts.current_value) of the data
 * elements feeding its numerator and denominator, for every quarter of the year to date.
 */
public final class LineageQuery {
    private final DSLContext dsl;

    public LineageQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Lineage per fact (same order as {@code facts}); empty for region rows. */
    public List<Lineage> fetch(Periods period, List<EvalFact> facts) {
        Set<String> hospitals = new LinkedHashSet<>();
        Set<String> elements = new LinkedHashSet<>();
        for (EvalFact f : facts) {
            if (f.isHospital()) {
                hospitals.add(f.entityCode());
                elements.addAll(elements(f.indicator()));
            }
        }
        Map<String, List<String[]>> cells = new LinkedHashMap<>();
        if (!hospitals.isEmpty()) {
            for (var r : dsl.select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.PERIOD_CODE,
                            CURRENT_VALUE.ORIGINAL_NAME, CURRENT_VALUE.SHEET, CURRENT_VALUE.CELL)
                    .from(CURRENT_VALUE)
                    .where(CURRENT_VALUE.REPORTER_TYPE.eq("hospital"), CURRENT_VALUE.REPORTER_CODE.in(hospitals),
                            CURRENT_VALUE.ELEMENT_CODE.in(elements),
                            CURRENT_VALUE.PERIOD_CODE.in(period.yearToDate().stream().map(Periods::code).toList()))
                    .orderBy(CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.ELEMENT_CODE).fetch()) {
                cells.computeIfAbsent(r.value1() + "|" + r.value2(), k -> new ArrayList<>())
                        .add(new String[] {r.value3(), r.value4(), r.value5() + "!" + r.value6()});
            }
        }
        List<Lineage> out = new ArrayList<>();
        for (EvalFact f : facts) {
            Set<String> files = new LinkedHashSet<>();
            List<String> refs = new ArrayList<>();
            if (f.isHospital()) {
                for (String e : elements(f.indicator())) {
                    for (String[] c : cells.getOrDefault(f.entityCode() + "|" + e, List.of())) {
                        files.add(c[1]);
                        refs.add(e + "@" + c[0] + " " + c[1] + " " + c[2]);
                    }
                }
            }
            out.add(new Lineage(String.join("；", files), String.join("；", refs)));
        }
        return out;
    }

    private static Collection<String> elements(IndicatorMeta m) {
        List<String> out = new ArrayList<>();
        if (m.numerator() != null) {
            out.add(m.numerator());
        }
        if (m.denominator() != null) {
            out.add(m.denominator());
        }
        if (out.isEmpty()) {
            out.add(m.code());
        }
        return out;
    }

    /** Source file names, and element@period file sheet!cell references. */
    public record Lineage(String files, String cells) {
    }
}
