package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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

    /**
     * reporter → quarter → element → cell. Nested maps, not one map keyed by "reporter|period": a lookup builds no
     * string (the figures make tens of millions of them at province scale).
     */
    private final Map<String, Map<Periods, Map<String, Cell>>> byReporter = new HashMap<>();
    private final SortedSet<Periods> periods = new TreeSet<>();

    /** Every value in force, of every quarter. */
    public static ValueCube load(DSLContext dsl) {
        return load(dsl, DSL.noCondition());
    }

    /**
     * The values in force of the given years only: the caller names the years its figures read (see
     * {@link CubeYears}), so memory follows the years a run needs, not the history the warehouse holds.
     */
    public static ValueCube load(DSLContext dsl, Collection<Integer> years) {
        List<String> quarters = new ArrayList<>();
        for (int y : new TreeSet<>(years)) {
            quarters.addAll(new Periods(y, 4).yearToDate().stream().map(Periods::code).toList());
        }
        return load(dsl, CURRENT_VALUE.PERIOD_CODE.in(quarters));
    }

    /**
     * Read through plain JDBC from a query jOOQ renders from the generated table: jOOQ's record per value cost more
     * than the cube itself. Repeated strings (reporter, element, submission, file, sheet, cell) are shared, so the
     * cube holds each once.
     */
    private static ValueCube load(DSLContext dsl, Condition where) {
        ValueCube cube = new ValueCube();
        String sql = dsl.renderInlined(dsl.select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.PERIOD_CODE,
                        CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.VALUE, CURRENT_VALUE.SUBMISSION_ID,
                        CURRENT_VALUE.ORIGINAL_NAME, CURRENT_VALUE.SHEET, CURRENT_VALUE.CELL, CURRENT_VALUE.CARRIED)
                .from(CURRENT_VALUE).where(where));
        dsl.connection(c -> {
            Map<String, String> shared = new HashMap<>();
            Map<String, Periods> quarters = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    cube.put(share(shared, rs.getString(1)), quarters.computeIfAbsent(rs.getString(2), Periods::parse),
                            share(shared, rs.getString(3)),
                            new Cell(rs.getDouble(4), share(shared, rs.getString(5)), share(shared, rs.getString(6)),
                                    share(shared, rs.getString(7)), share(shared, rs.getString(8)), rs.getBoolean(9)));
                }
            }
        });
        return cube;
    }

    private static String share(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
    }

    public void put(String reporter, String period, String element, Cell cell) {
        put(reporter, Periods.parse(period), element, cell);
    }

    private void put(String reporter, Periods quarter, String element, Cell cell) {
        byReporter.computeIfAbsent(reporter, k -> new HashMap<>()).computeIfAbsent(quarter, k -> {
            periods.add(quarter);
            return new HashMap<>();
        }).put(element, cell);
    }

    /** The quarters anything was reported for, oldest first. */
    public SortedSet<Periods> periods() {
        return Collections.unmodifiableSortedSet(periods);
    }

    /** Whether the reporter has a valid submission for the quarter. */
    public boolean submitted(String reporter, Periods quarter) {
        Map<Periods, Map<String, Cell>> r = byReporter.get(reporter);
        return r != null && r.containsKey(quarter);
    }

    /** Whether the reporter has a valid submission for any quarter of the year up to {@code period}. */
    public boolean submittedInYear(String reporter, Periods period) {
        Map<Periods, Map<String, Cell>> r = byReporter.get(reporter);
        if (r == null) {
            return false;
        }
        for (int q = 1; q <= period.quarter(); q++) {
            if (r.containsKey(new Periods(period.year(), q))) {
                return true;
            }
        }
        return false;
    }

    public Cell get(String reporter, Periods quarter, String element) {
        Map<Periods, Map<String, Cell>> r = byReporter.get(reporter);
        Map<String, Cell> m = r == null ? null : r.get(quarter);
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
        List<Periods> expected = new ArrayList<>(period.quarter());
        for (Periods q : numStock && (den == null || denStock) ? List.of(period) : period.yearToDate()) {
            if (slots.keep(reporter, q.quarter())) {
                expected.add(q);
            }
        }
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
