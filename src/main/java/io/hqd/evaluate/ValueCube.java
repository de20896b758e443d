package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jooq.DSLContext;

import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

/**
 * Every value in force (marts.current_value), in memory, keyed by reporter, quarter and element, with
 * the cell each value came from. Year-to-date figures with their {@link Coverage} are read here, under
 * the one coverage rule: a quarter counts for a pair of elements only when every half was accepted for
 * that quarter; a stock (period aggregation "latest") counts only the latest quarter of the year to date,
 * and only when that quarter was reported; nothing is carried over from an earlier quarter.
 */
public final class ValueCube {

    /** One reported value and where it came from; {@code carried} when kept from an earlier version of the file. */
    public record Cell(double value, String submissionId, String file, String sheet, String cell, boolean carried) {
        public Cell(double value, String submissionId, String file, String sheet, String cell) {
            this(value, submissionId, file, sheet, cell, false);
        }
    }

    /** Which half of a figure a cell feeds. */
    public enum Part {
        numerator("分子"), denominator("分母");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One cell a figure was computed from. */
    public record Source(Part part, String elementCode, String reporter, Periods quarter, Cell cell) {
    }

    /**
     * A reporter's year-to-date numerator and denominator (denominator null for a single element) over the
     * quarters covered, with the cells used. Both null when nothing is covered.
     */
    public record Ytd(Double numerator, Double denominator, Coverage coverage, List<Source> sources) {
        public boolean hasValue() {
            return numerator != null;
        }
    }

    private final Map<String, Map<String, Cell>> byReporterPeriod = new HashMap<>();

    public static ValueCube load(DSLContext dsl) {
        ValueCube cube = new ValueCube();
        for (var r : dsl.select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.ELEMENT_CODE,
                CURRENT_VALUE.VALUE, CURRENT_VALUE.SUBMISSION_ID, CURRENT_VALUE.ORIGINAL_NAME, CURRENT_VALUE.SHEET,
                CURRENT_VALUE.CELL, CURRENT_VALUE.CARRIED).from(CURRENT_VALUE).fetch()) {
            cube.put(r.value1(), r.value2(), r.value3(),
                    new Cell(r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), Boolean.TRUE.equals(r.value9())));
        }
        return cube;
    }

    public void put(String reporter, String period, String element, Cell cell) {
        byReporterPeriod.computeIfAbsent(key(reporter, period), k -> new HashMap<>()).put(element, cell);
    }

    private static String key(String reporter, String period) {
        return reporter + "|" + period;
    }

    /** The quarters anything was reported for, oldest first. */
    public SortedSet<Periods> periods() {
        SortedSet<Periods> out = new TreeSet<>();
        byReporterPeriod.keySet().forEach(k -> out.add(Periods.parse(k.substring(k.indexOf('|') + 1))));
        return out;
    }

    /** Whether the reporter has a valid submission for the quarter. */
    public boolean submitted(String reporter, Periods quarter) {
        return byReporterPeriod.containsKey(key(reporter, quarter.code()));
    }

    /** Whether the reporter has a valid submission for any quarter of the year up to {@code period}. */
    public boolean submittedInYear(String reporter, Periods period) {
        return period.yearToDate().stream().anyMatch(q -> submitted(reporter, q));
    }

    public Cell get(String reporter, Periods quarter, String element) {
        Map<String, Cell> m = byReporterPeriod.get(key(reporter, quarter.code()));
        return m == null ? null : m.get(element);
    }

    /**
     * The pair (numerator, denominator) year to date up to {@code period}, over the quarters where both were
     * accepted. Flows add up over those quarters; a stock half takes the latest quarter of the year to date,
     * which must be covered. When every half is a stock only the latest quarter is expected at all.
     */
    public Ytd ytd(String reporter, Indicator num, Indicator den, Periods period) {
        return ytd(reporter, num, den, period, Slots.ALL);
    }

    /** As {@link #ytd(String, Indicator, Indicator, Periods)}, over only the quarters {@code slots} keeps. */
    public Ytd ytd(String reporter, Indicator num, Indicator den, Periods period, Slots slots) {
        boolean numStock = isStock(num);
        boolean denStock = den != null && isStock(den);
        List<Periods> expected = (numStock && (den == null || denStock) ? List.of(period) : period.yearToDate())
                .stream().filter(q -> slots.keep(reporter, q.quarter())).toList();
        List<Periods> covered = new ArrayList<>();
        List<Periods> missing = new ArrayList<>();
        for (Periods q : expected) {
            boolean both = get(reporter, q, num.code()) != null && (den == null || get(reporter, q, den.code()) != null);
            (both ? covered : missing).add(q);
        }
        boolean stockHalf = numStock || denStock;
        if (covered.isEmpty() || (stockHalf && !covered.get(covered.size() - 1).equals(expected.get(expected.size() - 1)))) {
            // A stock's latest quarter is missing: the figure is missing, never carried from an earlier quarter.
            return new Ytd(null, null, Coverage.of(reporter, List.of(), expected), List.of());
        }
        List<Source> sources = new ArrayList<>();
        Double n = half(reporter, Part.numerator, num, numStock, covered, sources);
        Double d = den == null ? null : half(reporter, Part.denominator, den, denStock, covered, sources);
        return new Ytd(n, d, Coverage.of(reporter, covered, missing), sources);
    }

    private double half(String reporter, Part part, Indicator element, boolean stock, List<Periods> covered,
                        List<Source> sources) {
        if (stock) {
            Periods latest = covered.get(covered.size() - 1);
            Cell c = get(reporter, latest, element.code());
            sources.add(new Source(part, element.code(), reporter, latest, c));
            return c.value();
        }
        double sum = 0;
        for (Periods q : covered) {
            Cell c = get(reporter, q, element.code());
            sources.add(new Source(part, element.code(), reporter, q, c));
            sum += c.value();
        }
        return sum;
    }

    static boolean isStock(Indicator element) {
        return element.periodAggregation() == Indicator.PeriodAggregation.latest;
    }
}
