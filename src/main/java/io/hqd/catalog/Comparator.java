package io.hqd.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * How a target compares a figure with its value: the {@code op} and {@code condition_op} columns of
 * targets.csv. The five numeric comparators carry the arithmetic (with a tolerance for floating-point
 * noise); {@code up}/{@code down} name a direction to move in and {@code top} a ranking.
 * The warehouse stores the catalog spelling ({@link ComparatorConverter}).
 */
public enum Comparator {
    at_least(">=", "≥"),
    at_most("<=", "≤"),
    above(">", ">"),
    below("<", "<"),
    equal("=", "="),
    up("up", "逐步提高"),
    down("down", "逐步降低"),
    top("top", "排名前列");

    private static final double EPS = 1e-9;

    private final String spelling;
    private final String symbol;

    Comparator(String spelling, String symbol) {
        this.spelling = spelling;
        this.symbol = symbol;
    }

    /** As targets.csv and the warehouse write it: {@code >=}, {@code up}, … */
    public String spelling() {
        return spelling;
    }

    /** As a reader sees it on paper: ≥ and ≤ as a reader writes them, directions and ranking in words. */
    public String symbol() {
        return symbol;
    }

    /** The five comparators that compare two numbers (the rest are directions or a ranking). */
    public boolean isNumeric() {
        return ordinal() <= equal.ordinal();
    }

    /** {@code up} or {@code down}: a direction to move in, not a value to reach. */
    public boolean isDirection() {
        return this == up || this == down;
    }

    /** Smaller is the good side ({@code <=}, {@code <}, {@code down}). */
    public boolean lowerIsBetter() {
        return this == at_most || this == below || this == down;
    }

    /** Whether {@code value op target} holds; only numeric comparators compare. */
    public boolean holds(double value, double target) {
        return switch (this) {
            case at_least -> value >= target - EPS;
            case at_most -> value <= target + EPS;
            case above -> value > target + EPS;
            case below -> value < target - EPS;
            case equal -> Math.abs(value - target) <= EPS + 1e-6 * Math.abs(target);
            case up, down, top -> throw new IllegalStateException("比较符「" + spelling + "」不是数值比较");
        };
    }

    /** For progress: is {@code value} at least as good as {@code reference} on the side this comparator points to? */
    public boolean asGoodAs(double value, double reference) {
        return switch (this) {
            case at_least, above, up -> value >= reference - EPS;
            case at_most, below, down -> value <= reference + EPS;
            case equal, top -> Math.abs(value - reference) <= EPS;
        };
    }

    /** The comparator spelled {@code text} in the catalog, or null for a blank cell. */
    public static Comparator of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Comparator c : values()) {
            if (c.spelling.equals(text.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("「" + text + "」不是允许的比较符（" + spellings(List.of(values())) + "）");
    }

    /** The numeric comparators: those a hospital condition ({@code condition_op}) may use. */
    public static List<Comparator> numeric() {
        return Arrays.stream(values()).filter(Comparator::isNumeric).toList();
    }

    /** "{@code >= / <= / …}": the spellings of {@code comparators}, for a message naming what is allowed. */
    public static String spellings(List<Comparator> comparators) {
        return String.join(" / ", comparators.stream().map(Comparator::spelling).toList());
    }
}
