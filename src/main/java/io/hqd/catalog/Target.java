package io.hqd.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One checkable commitment of a plan: what, for whom, how it is judged, and where the text says so.
 * A {@link Kind#milestone} is a commitment tracked by status (a deliverable, a relocation, a rule to
 * issue) rather than computed from a figure; {@code responsible} names who reports it when that is
 * a bureau rather than the hospitals in scope.
 */
public record Target(
        String targetCode, String planCode, String indicator, Kind kind,
        Scope scope, EvaluateAt evaluateAt,
        Comparator conditionOp, Double conditionValue,
        Comparator op, Double value, Double valueHigh, Double tolerance, LocalDate deadline,
        Integer baselineYear, Double baselineValue, Integer targetYear,
        String nature, String clause, String quote, String reading, String responsible, Repeat repeat) {

    public Target {
        repeat = repeat == null ? Repeat.once : repeat;
    }

    /**
     * Whether a milestone is done once for all (搬迁, 建成) or must be done again every year (每年举办…,
     * 每年新增…, 分年度下达…): the {@code repeat} column of targets.csv, read from the plan's words.
     */
    public enum Repeat { once, yearly }

    public enum Kind { each, share, count, total, region_rate, range, approx, direction, annual_change, growth, deadline, rank, milestone }
    public enum EvaluateAt { hospital, county, city, province }

    /** The indicator column of a milestone: it is tracked by status, not computed from an indicator. */
    public static final String MILESTONE_INDICATOR = "milestone";

    /** A commitment done once (no {@code repeat} column). */
    public Target(String targetCode, String planCode, String indicator, Kind kind, Scope scope, EvaluateAt evaluateAt,
                  Comparator conditionOp, Double conditionValue, Comparator op, Double value, Double valueHigh,
                  Double tolerance, LocalDate deadline, Integer baselineYear, Double baselineValue, Integer targetYear,
                  String nature, String clause, String quote, String reading, String responsible) {
        this(targetCode, planCode, indicator, kind, scope, evaluateAt, conditionOp, conditionValue, op, value, valueHigh,
                tolerance, deadline, baselineYear, baselineValue, targetYear, nature, clause, quote, reading, responsible,
                Repeat.once);
    }

    /** A target without a named responsible unit (numeric targets: the hospitals or regions in scope report). */
    public Target(String targetCode, String planCode, String indicator, Kind kind, Scope scope, EvaluateAt evaluateAt,
                  Comparator conditionOp, Double conditionValue, Comparator op, Double value, Double valueHigh,
                  Double tolerance, LocalDate deadline, Integer baselineYear, Double baselineValue, Integer targetYear,
                  String nature, String clause, String quote, String reading) {
        this(targetCode, planCode, indicator, kind, scope, evaluateAt, conditionOp, conditionValue, op, value, valueHigh,
                tolerance, deadline, baselineYear, baselineValue, targetYear, nature, clause, quote, reading, null,
                Repeat.once);
    }

    /**
     * Which hospitals a target applies to (blank filters match everything). {@code type} and
     * {@code grade} may list alternatives separated by {@code |} ("综合|中医"); {@code area} is
     * {@code 城区} or {@code 县} (see {@code TargetScope}).
     */
    public record Scope(String region, String tier, String grade, String type, String ownership,
                        String adminLevel, List<String> hospitals, String area) {

        public Scope(String region, String tier, String grade, String type, String ownership, String adminLevel,
                     List<String> hospitals) {
            this(region, tier, grade, type, ownership, adminLevel, hospitals, null);
        }

        /** True when any filter narrows the hospitals (a population of hospitals, not just a region). */
        public boolean narrowsHospitals() {
            return tier != null || grade != null || type != null || ownership != null || adminLevel != null
                    || area != null || !hospitals.isEmpty();
        }
    }

    /** 力争: a stretch goal; the rule for which items it governs is stated once in catalog/README.md. */
    public boolean isStretch() { return "力争".equals(nature); }

    public boolean isMilestone() { return kind == Kind.milestone; }

    /** A milestone judged per calendar year: done this year, not once for all. */
    public boolean repeatsYearly() { return repeat == Repeat.yearly; }
}
