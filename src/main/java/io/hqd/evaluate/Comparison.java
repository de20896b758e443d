package io.hqd.evaluate;

/** The comparators targets use (>=, <=, >, <, =), with a tolerance for floating-point noise. */
public final class Comparison {
    private static final double EPS = 1e-9;

    private Comparison() {
    }

    public static boolean holds(double value, String op, double target) {
        return switch (op) {
            case ">=" -> value >= target - EPS;
            case "<=" -> value <= target + EPS;
            case ">" -> value > target + EPS;
            case "<" -> value < target - EPS;
            case "=" -> Math.abs(value - target) <= EPS + 1e-6 * Math.abs(target);
            default -> throw new IllegalArgumentException("不支持的比较符「" + op + "」");
        };
    }

    /** For progress: is {@code value} at least as good as {@code reference} in the direction {@code op} points? */
    public static boolean asGoodAs(double value, String op, double reference) {
        return switch (op) {
            case ">=", ">" -> value >= reference - EPS;
            case "<=", "<" -> value <= reference + EPS;
            default -> Math.abs(value - reference) <= EPS;
        };
    }

    /** How a comparator is printed: ≥ and ≤ as a reader writes them, the others as they are. */
    public static String symbol(String op) {
        return switch (op) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> op;
        };
    }
}
