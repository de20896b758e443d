package io.hqd.evaluate;

import io.hqd.warehouse.Periods;

/**
 * The straight path from a baseline to a target: where the value should be at the end of a
 * quarter if it moved evenly from the end of the baseline year to the end of the target year.
 */
public final class ProgressPath {
    private ProgressPath() {
    }

    /** Fraction of the way from the end of {@code baselineYear} to the end of {@code targetYear}, 0..1. */
    public static double elapsed(int baselineYear, int targetYear, Periods period) {
        double now = period.year() + period.quarter() / 4.0;
        double f = (now - (baselineYear + 1)) / (targetYear - baselineYear);
        return Math.max(0, Math.min(1, f));
    }

    public static double value(double baseline, int baselineYear, double target, int targetYear, Periods period) {
        return baseline + (target - baseline) * elapsed(baselineYear, targetYear, period);
    }
}
