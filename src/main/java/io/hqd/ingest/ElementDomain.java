package io.hqd.ingest;

import java.math.BigDecimal;

import io.hqd.catalog.Indicator;

/**
 * The values an element may take, derived once from the catalog: the template's data validation and
 * the range rule both use it, so the two never disagree.
 */
public record ElementDomain(Kind kind, BigDecimal min, BigDecimal max) {

    public enum Kind { DECIMAL, FLAG, LEVEL, PERCENT }

    public static final int MAX_LEVEL = 8;

    public static ElementDomain of(Indicator element) {
        if (element.aggregation() == Indicator.Aggregation.flag) {
            return new ElementDomain(Kind.FLAG, BigDecimal.ZERO, BigDecimal.ONE);
        }
        if (element.aggregation() == Indicator.Aggregation.level) {
            return new ElementDomain(Kind.LEVEL, BigDecimal.ZERO, BigDecimal.valueOf(MAX_LEVEL));
        }
        if ("%".equals(element.unit())) {
            return new ElementDomain(Kind.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
        return new ElementDomain(Kind.DECIMAL, BigDecimal.ZERO, null);
    }

    public boolean integerOnly() {
        return kind == Kind.FLAG || kind == Kind.LEVEL;
    }

    public boolean contains(BigDecimal v) {
        if (v.compareTo(min) < 0 || (max != null && v.compareTo(max) > 0)) {
            return false;
        }
        return !integerOnly() || v.stripTrailingZeros().scale() <= 0;
    }

    /** The allowed values in words, for messages and input prompts. */
    public String describe() {
        return describe(kind);
    }

    public static String describe(Kind kind) {
        return switch (kind) {
            case FLAG -> "只能填 1（是）或 0（否）";
            case LEVEL -> "应为 0–" + MAX_LEVEL + " 的整数等级";
            case PERCENT -> "应为 0–100 之间的百分数（不带 % 号）";
            case DECIMAL -> "应为不小于 0 的数值";
        };
    }
}
