package io.hqd.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hqd.catalog.Indicator;

/**
 * The values an element may take, derived once from the catalog: the template's data validation and
 * the range rule both use it, so the two never disagree.
 * <p>
 * A level's range is the one its catalog definition states: "（0–5星）", "（1–5级）", or the codes it lists
 * ("1=一级；…；5=三级甲等" is 1–5). A level whose definition states none keeps 0–{@value #MAX_LEVEL}.
 * {@code BundledCatalogDomainsTest} checks that every level of the bundled catalog states its range.
 */
public record ElementDomain(Kind kind, BigDecimal min, BigDecimal max, String unit) {

    public enum Kind { DECIMAL, FLAG, LEVEL, PERCENT }

    public static final int MAX_LEVEL = 8;

    /** "0–5星", "1-5级", "0～8级": a stated range of levels or stars. */
    private static final Pattern STATED_RANGE = Pattern.compile("(\\d+)\\s*[–—\\-~～至]\\s*(\\d+)\\s*[级星]");
    /** "1=一级", "0=未定级": a listed code. */
    private static final Pattern LISTED_CODE = Pattern.compile("(?<![\\d.])(\\d+)\\s*[=＝]");

    public static ElementDomain of(Indicator element) {
        if (element.aggregation() == Indicator.Aggregation.flag) {
            return new ElementDomain(Kind.FLAG, BigDecimal.ZERO, BigDecimal.ONE, null);
        }
        if (element.aggregation() == Indicator.Aggregation.level) {
            int[] range = statedLevels(element.definition()).orElse(new int[] {0, MAX_LEVEL});
            return new ElementDomain(Kind.LEVEL, BigDecimal.valueOf(range[0]), BigDecimal.valueOf(range[1]), element.unit());
        }
        if ("%".equals(element.unit())) {
            return new ElementDomain(Kind.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), element.unit());
        }
        return new ElementDomain(Kind.DECIMAL, BigDecimal.ZERO, null, element.unit());
    }

    /** The range of levels a definition states, as {min, max}; empty when it states none. */
    static Optional<int[]> statedLevels(String definition) {
        if (definition == null) {
            return Optional.empty();
        }
        Matcher m = STATED_RANGE.matcher(definition);
        if (m.find()) {
            return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        Matcher codes = LISTED_CODE.matcher(definition);
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int n = 0;
        while (codes.find()) {
            int c = Integer.parseInt(codes.group(1));
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
            n++;
        }
        return n >= 2 ? Optional.of(new int[] {lo, hi}) : Optional.empty();
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

    /** The allowed values in words, for messages and input prompts: this element's own range and unit. */
    public String describe() {
        return switch (kind) {
            case LEVEL -> "应为 " + min.toPlainString() + "–" + max.toPlainString() + " 的整数"
                    + (unit == null || unit.isBlank() || unit.equals("序数") ? "等级" : "（单位：" + unit + "）");
            case DECIMAL -> describe(kind) + money();
            default -> describe(kind);
        };
    }

    /** 元 and 万元 sit side by side in one template: a money element says which it takes, and not the other. */
    private String money() {
        String note = moneyUnit(unit);
        return note.isEmpty() ? "" : "，" + note;
    }

    /** "单位为元（不是万元）" / "单位为万元（不是元）" for a money unit, else "". */
    public static String moneyUnit(String unit) {
        if ("元".equals(unit)) {
            return "单位为元（不是万元）";
        }
        if ("万元".equals(unit)) {
            return "单位为万元（不是元）";
        }
        return "";
    }

    /** The allowed values of a kind in general words (a column of many elements of that kind). */
    public static String describe(Kind kind) {
        return switch (kind) {
            case FLAG -> "只能填 1（是）或 0（否）";
            case LEVEL -> "应为 0–" + MAX_LEVEL + " 的整数等级";
            case PERCENT -> "应为 0–100 之间的百分数（不带 % 号）";
            case DECIMAL -> "应为不小于 0 的数值";
        };
    }
}
