package io.hqd.demo;

import java.util.Set;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Indicator.Aggregation;

/** How a figure is written: whole numbers for counts, flags and levels; sensible decimals otherwise. */
final class Rounding {

    private static final Set<String> COUNT_UNITS =
            Set.of("人次", "台次", "例", "人", "张", "个", "种", "项", "次", "家", "户", "天", "分钟", "床日");

    private Rounding() {
    }

    static boolean isCount(Indicator e) {
        return e.aggregation() == Aggregation.flag || e.aggregation() == Aggregation.level
                || (e.unit() != null && COUNT_UNITS.contains(e.unit()));
    }

    static Number round(Indicator e, double v) {
        if (isCount(e)) {
            return Math.round(v);
        }
        return roundTo(v, decimals(e));
    }

    /** Rounds a count up or down with probability given by its fraction, so small expected counts stay right on average. */
    static double stochastic(Indicator e, double v, double unit) {
        return isCount(e) ? Math.floor(v + unit) : v;
    }

    static int decimals(Indicator e) {
        String u = e.unit() == null ? "" : e.unit();
        return switch (u) {
            case "元" -> 0;
            case "万元", "权重", "万平方米", "岁", "%" -> 2;
            case "分", "万人" -> 1;
            case "亿元" -> 4;
            case "亿人" -> 6;
            default -> 2;
        };
    }

    static double roundTo(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
