package io.hqd.evaluate;

/**
 * A computed figure for one entity and period: numerator and denominator (ratio of sums), the value,
 * how many reporters contributed out of how many were expected, whether it is provisional (暂定), and
 * its {@link Coverage}: the reporter-quarters it is built on and those it lacks.
 */
public record Measure(Double numerator, Double denominator, Double value, int reporting, int expected,
                      boolean provisional, Coverage coverage) {

    public Measure(Double numerator, Double denominator, Double value, int reporting, int expected, boolean provisional) {
        this(numerator, denominator, value, reporting, expected, provisional, Coverage.NONE);
    }

    public static Measure none(int expected) {
        return new Measure(null, null, null, 0, expected, expected > 0);
    }

    public static Measure none(int expected, Coverage coverage) {
        return new Measure(null, null, null, 0, expected, expected > 0, coverage);
    }

    public boolean hasValue() {
        return value != null && !value.isNaN() && !value.isInfinite();
    }
}
