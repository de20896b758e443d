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
 * percent element, the element's own unit after the number ({@code 12.5天}); 是/否, 有/无, √/× for yes/no elements.
 * Anything it cannot read with certainty is a problem, never a guess.
 */
public final class NumberText {

    /** Result of reading one text: a value, a deliberate blank, or a problem. */
    public sealed interface Parsed permits Value, Missing, Problem {}
    public record Value(BigDecimal value) implements Parsed {}
    public record Missing() implements Parsed {}
    public record Problem(ReadRule rule, String message) implements Parsed {}

    private static final Set<String> MISSING = Set.of("", "-", "--", "—", "——", "–", "/", "无", "空", "n/a", "na", "null", "不适用");
    private static final Pattern ESTIMATE = Pattern.compile("^(约|大约|近|约为|估计|预计)|(左右|上下|余|多)$");
    private static final Set<String> YES = Set.of("是", "有", "√", "✓", "✔", "true", "y", "yes", "已开展", "已实现");
    private static final Set<String> NO = Set.of("否", "无", "没有", "×", "✗", "✘", "x", "false", "n", "no", "未开展", "未实现");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMBER_THEN_TEXT = Pattern.compile("([+-]?[\\d,]*\\.?\\d+)(.*)");
    /** A digit somewhere before a 万: a number rounded to ten thousands. */
    private static final Pattern ROUNDED_TO_WAN = Pattern.compile(".*\\d.*万.*");
    /** Compiled once: every cell's text and every header label is normalized (String.replaceAll compiles per call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Units clerks write that mean the catalog's unit exactly. */
    private static final Map<String, Set<String>> SAME_UNIT = Map.of(
            "天", Set.of("天", "日"),
            "人次", Set.of("人次", "人", "次"),
            "例", Set.of("例", "人", "人次"),
            "台次", Set.of("台次", "台", "次"),
            "床日", Set.of("床日", "日", "天"));

    private NumberText() {
    }

    /** NFKC (full-width forms to half-width), then without any whitespace. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = withoutAsciiSpaces(text);
        if (plain != null) {
            return plain;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACES.matcher(s.replace('\u00a0', ' ').replace('\u3000', ' ')).replaceAll("");
    }

    /**
     * The text without its ASCII whitespace when every other character is one NFKC leaves as it is
     * (printable ASCII, CJK unified ideographs: no decomposition, nothing composes with them), else null.
     * Most cells and labels are such text, and NFKC plus a regex on each was a fifth of reading's time.
     */
    static String withoutAsciiSpaces(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c)) {
                spaces++;
            } else if (!(c >= 0x21 && c <= 0x7e || c >= 0x4e00 && c <= 0x9fff)) {
                return null;
            }
        }
        if (spaces == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() - spaces);
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiSpace(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    public static Parsed parse(String text, Indicator element) {
        String s = normalize(text);
        if (element != null && element.aggregation() == Indicator.Aggregation.flag) {
            // In a yes/no row 无 is a real "no", not a blank.
            String word = s.toLowerCase(java.util.Locale.ROOT);
            if (YES.contains(word)) {
                return new Value(BigDecimal.ONE);
            }
            if (NO.contains(word)) {
                return new Value(BigDecimal.ZERO);
            }
        }
        if (MISSING.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return new Missing();
        }
        if (ESTIMATE.matcher(s).find()) {
            return new Problem(ReadRule.ESTIMATE, "「" + text + "」是估计数，不能入库；请填写统计得到的准确数字");
        }
        String unitText = element == null || element.unit() == null ? "" : normalize(element.unit());
        if (ROUNDED_TO_WAN.matcher(s).matches() && !unitText.contains("万")) {
            return new Problem(ReadRule.ROUNDED_WAN, "「" + text + "」是以「万」为单位的约数，无法还原准确数字；请填写不带「万」的原始数字");
        }
        Matcher m = NUMBER_THEN_TEXT.matcher(s);
        if (!m.matches()) {
            return new Problem(ReadRule.NOT_A_NUMBER, "「" + text + "」不是数字");
        }
        String number = m.group(1);
        String suffix = m.group(2);
        if (number.contains(",")) {
            if (!GROUPED.matcher(number).matches()) {
                return new Problem(ReadRule.SEPARATOR, "「" + text + "」中的逗号不是千分位分隔符（千分位应每三位一个逗号），无法确定数值；请填写不带逗号的数字");
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
