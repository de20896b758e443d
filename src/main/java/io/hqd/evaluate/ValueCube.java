package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

/**
 * Every value in force (latest valid submission per reporter and period), in memory, keyed by
 * reporter, period and element, with the cell each value came from. Small enough for a city's
 * years of quarterly data; aggregations over quarters (year to date) happen here.
 */
public final class ValueCube {

    /** One reported value and where it came from. */
    public record Cell(double value, String submissionId, String file, String sheet, String cell) {
    }

    /** A year-to-date figure for one reporter and element, with the cells it was built from. */
    public record Ytd(Double value, boolean complete, List<Cell> cells) {
    }

    private final Map<String, Map<String, Cell>> byReporterPeriod = new HashMap<>();

    public static ValueCube load(DSLContext dsl) {
        ValueCube cube = new ValueCube();
        for (var r : dsl.select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.ELEMENT_CODE,
                CURRENT_VALUE.VALUE, CURRENT_VALUE.SUBMISSION_ID, CURRENT_VALUE.ORIGINAL_NAME, CURRENT_VALUE.SHEET,
                CURRENT_VALUE.CELL).from(CURRENT_VALUE).fetch()) {
            cube.put(r.value1(), r.value2(), r.value3(),
                    new Cell(r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
        }
        return cube;
    }

    public void put(String reporter, String period, String element, Cell cell) {
        byReporterPeriod.computeIfAbsent(reporter + "|" + period, k -> new HashMap<>()).put(element, cell);
    }

    /** The quarters anything was reported for, oldest first. */
    public java.util.SortedSet<Periods> periods() {
        java.util.SortedSet<Periods> out = new java.util.TreeSet<>();
        byReporterPeriod.keySet().forEach(k -> out.add(Periods.parse(k.substring(k.indexOf('|') + 1))));
        return out;
    }

    /** Whether the reporter has a valid submission for the quarter. */
    public boolean submitted(String reporter, Periods quarter) {
        return byReporterPeriod.containsKey(reporter + "|" + quarter.code());
    }

    /** Whether the reporter has a valid submission for any quarter of the year up to {@code period}. */
    public boolean submittedInYear(String reporter, Periods period) {
        return period.yearToDate().stream().anyMatch(q -> submitted(reporter, q));
    }

    public Cell get(String reporter, Periods quarter, String element) {
        Map<String, Cell> m = byReporterPeriod.get(reporter + "|" + quarter.code());
        return m == null ? null : m.get(element);
    }

    /**
     * Year to date up to {@code period}: flows are summed over the quarters reported; stocks take
     * the latest quarter reported. Incomplete when a quarter is missing.
     */
    public Ytd ytd(String reporter, Indicator element, Periods period) {
        List<Periods> quarters = period.yearToDate();
        if (element.periodAggregation() == Indicator.PeriodAggregation.latest) {
            for (int i = quarters.size() - 1; i >= 0; i--) {
                Cell c = get(reporter, quarters.get(i), element.code());
                if (c != null) {
                    return new Ytd(c.value(), i == quarters.size() - 1, List.of(c));
                }
            }
            return new Ytd(null, false, List.of());
        }
        double sum = 0;
        int present = 0;
        List<Cell> cells = new java.util.ArrayList<>();
        for (Periods q : quarters) {
            Cell c = get(reporter, q, element.code());
            if (c != null) {
                sum += c.value();
                present++;
                cells.add(c);
            }
        }
        return present == 0 ? new Ytd(null, false, List.of()) : new Ytd(sum, present == quarters.size(), cells);
    }
}
