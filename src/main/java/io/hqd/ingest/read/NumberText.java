package io.hqd.ingest.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hqd.catalog.Indicator;

/**
 * Reads a number the way clerks type it: full-width digits, thousands separators, a % sign on a
 * percent element, the element's own unit after the number ({@code 12.5天}); 是/否 for yes/no elements.
 * Anything it cannot read with certainty is a problem, never a guess.
 */
public final class NumberText {

    /** Result of reading one text: a value, a deliberate blank, or a problem. */
    public sealed interface Parsed permits Value, Missing, Problem {}
    public record Value(BigDecimal value) implements Parsed {}
    public record Missing() implements Parsed {}
    public record Problem(ReadRule rule, String message) implements Parsed {}

    private static final Set<String> MISSING = Set.of("", "-", "--", "—", "——", "–", "/", "无", "空", "n/a", "na", "null", "不适用");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMBER_THEN_TEXT = Pattern.compile("([+-]?[\\d,]*\\.?\\d+)(.*)");
    /** Units clerks write that mean the catalog's unit exactly. */
    private static final Map<String, Set<String>> SAME_UNIT = Map.of(
            "天", Set.of("天", "日"),
            "人次", Set.of("人次", "人", "次"),
            "例", Set.of("例", "人", "人次"),
            "台次", Set.of("台次", "台", "次"),
            "床日", Set.of("床日", "日", "天"));

    private NumberText() {
    }

    public static String normalize(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return s.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", "");
    }

    public static Parsed parse(String text, Indicator element) {
        String s = normalize(text);
        if (MISSING.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return new Missing();
        }
        if (element != null && element.aggregation() == Indicator.Aggregation.flag) {
            if (s.equals("是")) {
                return new Value(BigDecimal.ONE);
            }
            if (s.equals("否")) {
                return new Value(BigDecimal.ZERO);
            }
        }
        Matcher m = NUMBER_THEN_TEXT.matcher(s);
        if (!m.matches()) {
            return new Problem(ReadRule.NOT_A_NUMBER, "「" + text + "」不是数字");
        }
        String number = m.group(1);
        String suffix = m.group(2);
        if (number.contains(",")) {
            if (!GROUPED.matcher(number).matches()) {
                return new Problem(ReadRule.SEPARATOR, "「" + text + "」中的逗号不是千分位分隔符，无法确定数值");
            }
            number = number.replace(",", "");
        }
        if (!NUMBER.matcher(number).matches()) {
            return new Problem(ReadRule.NOT_A_NUMBER, "「" + text + "」不是数字");
        }
        if (!suffix.isEmpty()) {
            String unit = element == null || element.unit() == null ? "" : normalize(element.unit());
            if (suffix.equals("%")) {
                if (!unit.equals("%")) {
                    return new Problem(ReadRule.UNIT_MISMATCH, "「" + text + "」带 % 号，但该指标的单位是「" + unit + "」");
                }
            } else if (!SAME_UNIT.getOrDefault(unit, Set.of(unit)).contains(suffix)) {
                return new Problem(ReadRule.UNIT_MISMATCH,
                        "「" + text + "」的单位「" + suffix + "」与指标单位「" + unit + "」不一致，无法换算");
            }
        }
        return new Value(new BigDecimal(number));
    }
}
