package io.hqd.catalog;

import java.time.LocalDate;
import java.util.List;

/** One checkable target of a plan: what, for whom, how it is judged, and where the text says so. */
public record Target(
        String targetCode, String planCode, String indicator, Kind kind,
        Scope scope, EvaluateAt evaluateAt,
        String conditionOp, Double conditionValue,
        String op, Double value, Double valueHigh, Double tolerance, LocalDate deadline,
        Integer baselineYear, Double baselineValue, Integer targetYear,
        String nature, String clause, String quote, String reading) {

    public enum Kind { each, share, count, total, region_rate, range, approx, direction, annual_change, deadline, rank }
    public enum EvaluateAt { hospital, county, city, province }

    /** Which hospitals a target applies to (blank filters match everything). */
    public record Scope(String region, String tier, String grade, String type, String ownership,
                        String adminLevel, List<String> hospitals) {
    }

    public boolean isStretch() { return "力争".equals(nature); }
}
