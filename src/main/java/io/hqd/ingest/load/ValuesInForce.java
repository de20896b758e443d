package io.hqd.ingest.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values in force that validation compares a file's figures with (the jump rule: a reporter's previous
 * quarters), reporter → element → period → value, held compactly: each element's periods and values in two sorted
 * arrays, every reporter, element and period code held once. An ingest reads them all at its start, so they grow
 * with the warehouse's history; as maps of boxed decimals they took 130–200 bytes a value (a province's
 * decade, ten million values, would not have fitted a 1 GB heap), as arrays about 22 at a decade's depth.
 * Values are kept as the warehouse holds them (DOUBLE) and handed out as decimals of that double's text, so a
 * rerun that reads them back judges jumps exactly as the run that stored them.
 */
public final class ValuesInForce {
    private final Map<String, Map<String, Series>> byReporter = new HashMap<>();
    /** One String per distinct code: the warehouse hands out a new one for every row read. */
    private final Map<String, String> codes = new HashMap<>();

    /** Records a value in force, replacing the period's earlier one. */
    public void put(String reporter, String element, String period, double value) {
        byReporter.computeIfAbsent(code(reporter), k -> new HashMap<>())
                .computeIfAbsent(code(element), k -> new Series()).put(code(period), value);
    }

    /** Forgets every value of the reporter's period (a new submission of that period replaces them all). */
    void forget(String reporter, String period) {
        Map<String, Series> elements = byReporter.get(reporter);
        if (elements != null) {
            elements.values().forEach(s -> s.remove(period));
        }
    }

    /** The values of the reporter's element in force before {@code period} (by code order), newest first, at most {@code limit}. */
    List<BigDecimal> before(String reporter, String element, String period, int limit) {
        Map<String, Series> elements = byReporter.get(reporter);
        Series s = elements == null ? null : elements.get(element);
        return s == null ? List.of() : s.before(period, limit);
    }

    /** Whether any value of the reporter's period is in force. */
    boolean has(String reporter, String period) {
        Map<String, Series> elements = byReporter.get(reporter);
        return elements != null && elements.values().stream().anyMatch(s -> s.indexOf(period) >= 0);
    }

    /** A copy of what one reporter has in force (null: nothing), to put back with {@link #restore}. */
    Map<String, Series> copyOf(String reporter) {
        Map<String, Series> elements = byReporter.get(reporter);
        if (elements == null) {
            return null;
        }
        Map<String, Series> copy = new HashMap<>();
        elements.forEach((element, s) -> copy.put(element, s.copy()));
        return copy;
    }

    /** Puts back a reporter's values as {@link #copyOf} took them (null: the reporter had none). */
    void restore(String reporter, Map<String, Series> copy) {
        if (copy == null) {
            byReporter.remove(reporter);
        } else {
            byReporter.put(reporter, copy);
        }
    }

    /** How many values are held. */
    public long size() {
        return byReporter.values().stream().flatMap(m -> m.values().stream()).mapToLong(s -> s.size).sum();
    }

    private String code(String s) {
        String known = codes.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    /** One element's values by period, sorted by period code (a code's order is its quarter's). */
    static final class Series {
        private String[] periods = new String[4];
        private double[] values = new double[4];
        private int size;

        void put(String period, double value) {
            int at = Arrays.binarySearch(periods, 0, size, period);
            if (at >= 0) {
                values[at] = value;
                return;
            }
            at = -at - 1;
            if (size == periods.length) {
                periods = Arrays.copyOf(periods, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(periods, at, periods, at + 1, size - at);
            System.arraycopy(values, at, values, at + 1, size - at);
            periods[at] = period;
            values[at] = value;
            size++;
        }

        void remove(String period) {
            int at = indexOf(period);
            if (at >= 0) {
                System.arraycopy(periods, at + 1, periods, at, size - at - 1);
                System.arraycopy(values, at + 1, values, at, size - at - 1);
                periods[--size] = null;
            }
        }

        int indexOf(String period) {
            return period == null ? -1 : Math.max(-1, Arrays.binarySearch(periods, 0, size, period));
        }

        List<BigDecimal> before(String period, int limit) {
            int at = Arrays.binarySearch(periods, 0, size, period);
            int end = at >= 0 ? at : -at - 1; // the periods before it are [0, end)
            List<BigDecimal> out = new ArrayList<>(Math.min(limit, end));
            for (int i = end - 1; i >= 0 && out.size() < limit; i--) {
                out.add(new BigDecimal(String.valueOf(values[i])));
            }
            return out;
        }

        Series copy() {
            Series c = new Series();
            c.periods = Arrays.copyOf(periods, Math.max(size, 1));
            c.values = Arrays.copyOf(values, Math.max(size, 1));
            c.size = size;
            return c;
        }
    }
}
