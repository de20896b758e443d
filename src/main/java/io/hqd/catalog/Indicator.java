package io.hqd.catalog;

import java.util.List;

/**
 * A data element (a figure hospitals or bureaus report) or an indicator computed from elements.
 * Indicators are numerator / denominator x scale, aggregated as a ratio of sums at every level.
 */
public record Indicator(
        String code, Kind kind, String name, List<String> aliases, String unit, Level level,
        String numerator, String denominator, double scale, Direction direction,
        Aggregation aggregation, PeriodAggregation periodAggregation, int decimals,
        String framework, String version, Integer validFrom, Integer validTo,
        boolean nationalMonitor, String definition) {

    public enum Kind { element, indicator }
    public enum Level { hospital, region }
    public enum Direction { higher, lower, monitor }
    public enum Aggregation { sum, ratio, latest, average, max, flag, level }
    public enum PeriodAggregation { sum, latest }

    public boolean isElement() { return kind == Kind.element; }

    /** Whether this definition applies in {@code year}. */
    public boolean validIn(int year) {
        return (validFrom == null || year >= validFrom) && (validTo == null || year <= validTo);
    }

    /** The element codes this indicator needs (itself, for an element). */
    public List<String> elements() {
        if (isElement()) {
            return List.of(code);
        }
        return denominator == null ? List.of(numerator) : List.of(numerator, denominator);
    }
}
