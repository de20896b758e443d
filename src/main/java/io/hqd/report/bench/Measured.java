package io.hqd.report.bench;

import java.util.Arrays;
import java.util.List;

/** Repeated measurements of one figure; the benchmark prints their median. */
public record Measured(double[] values) {

    public static Measured of(List<Double> values) {
        return new Measured(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double median() {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    public double max() {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** "12.3（11.9–12.8，3 次）": the median with the spread of the runs. */
    public String describe(String format) {
        if (values.length <= 1) {
            return String.format(format, median());
        }
        double min = Arrays.stream(values).min().orElseThrow();
        return String.format(format, median()) + "（" + String.format(format, min) + "–" + String.format(format, max())
                + "，" + values.length + " 次）";
    }
}
