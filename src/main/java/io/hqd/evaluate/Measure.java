package io.hqd.evaluate;

/**
 * A computed figure for one entity and period: numerator and denominator (ratio of sums), the value,
 * how many hospitals contributed out of how many were expected, and whether it is provisional
 * because a submission the figure depends on is missing.
 */
public record Measure(Double numerator, Double denominator, Double value, int reporting, int expected,
                      boolean provisional) {

    public static Measure none(int expected) {
        return new Measure(null, null, null, 0, expected, expected > 0);
    }

    public boolean hasValue() {
        return value != null && !value.isNaN() && !value.isInfinite();
    }
}
