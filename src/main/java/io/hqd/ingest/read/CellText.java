package io.hqd.ingest.read;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;

import io.hqd.catalog.Indicator;

/** Reads one cell: its text for headers and labels, its number for values (formulas by their cached result). */
public final class CellText {
    private CellText() {
    }

    /** The cell's text as shown (numbers without a trailing .0), or "" for blank/missing. */
    public static String text(GridCell c) {
        if (c == null) {
            return "";
        }
        return switch (c.type()) {
            case STRING -> c.text().strip();
            case NUMERIC -> BigDecimal.valueOf(c.number()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(c.bool());
            default -> "";
        };
    }

    /** The text at (row, col), looking through merged regions to their top-left cell. */
    public static String mergedText(GridSheet sheet, int row, int col) {
        for (CellRangeAddress r : sheet.merged()) {
            if (r.isInRange(row, col)) {
                return text(sheet.cell(r.getFirstRow(), r.getFirstColumn()));
            }
        }
        return text(sheet.cell(row, col));
    }

    /**
     * A number as the clerk sees it: a percent element's cell formatted as % holds 0.3421 and shows
     * 34.21%, which means 34.21 in the catalog's unit.
     */
    static BigDecimal asShown(GridCell c, Indicator element) {
        BigDecimal v = BigDecimal.valueOf(c.number());
        if (element != null && "%".equals(element.unit()) && percentFormatted(c)) {
            v = v.movePointRight(2);
        }
        return v.stripTrailingZeros();
    }

    /** Quoted text and escaped characters of a number format: a % inside them is printed, not a percent. */
    private static final java.util.regex.Pattern LITERALS = java.util.regex.Pattern.compile("\"[^\"]*\"|\\\\.");

    static boolean percentFormatted(GridCell c) {
        String format = c.format();
        return format != null && remembered(PERCENT_FORMATS, format,
                () -> LITERALS.matcher(format).replaceAll("").contains("%"));
    }

    /** Whether a number cell is shown as a date (a built-in or custom date format, on a valid Excel date). */
    static boolean dateFormatted(GridCell c) {
        return c.type() == GridCell.Type.NUMERIC && DateUtil.isValidExcelDate(c.number())
                && remembered(DATE_FORMATS, new DateFormat(c.formatIndex(), c.format()),
                        () -> DateUtil.isADateFormat(c.formatIndex(), c.format()));
    }

    /**
     * What a number format means, worked out once per format: POI remembers only the last format it saw, so a
     * sheet whose cells alternate formats ran its date-format regexes on nearly every number. A workbook has a
     * few formats; the memory is capped for one that has thousands.
     */
    private static <K> boolean remembered(Map<K, Boolean> known, K format, java.util.function.BooleanSupplier work) {
        Boolean b = known.get(format);
        if (b == null) {
            b = work.getAsBoolean();
            if (known.size() < MAX_FORMATS) {
                known.put(format, b);
            }
        }
        return b;
    }

    private record DateFormat(int index, String format) {
    }

    private static final int MAX_FORMATS = 4096;
    private static final Map<DateFormat, Boolean> DATE_FORMATS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> PERCENT_FORMATS = new ConcurrentHashMap<>();

    /** The number in a value cell for {@code element}. */
    public static NumberText.Parsed number(GridCell c, Indicator element) {
        if (c == null) {
            return new NumberText.Missing();
        }
        if (c.isFormula() && !c.cached()) {
            // Written by a script (or saved without recalculation): POI would report such a cell as 0.
            return new NumberText.Problem(ReadRule.FORMULA_NO_CACHE,
                    "公式「=" + c.formula() + "」没有保存计算结果，请在 Excel 中打开、重新计算并保存后再报送");
        }
        return switch (c.type()) {
            case BLANK -> new NumberText.Missing();
            case NUMERIC -> dateFormatted(c)
                    ? new NumberText.Problem(ReadRule.DATE_CELL, "单元格是日期格式（" + DateUtil.getLocalDateTime(c.number(), c.date1904())
                    + "），不是数值；请把单元格格式改为「常规」或「数值」后重新填写")
                    : new NumberText.Value(asShown(c, element));
            case STRING -> NumberText.parse(c.text(), element);
            case BOOLEAN -> element != null && element.aggregation() == Indicator.Aggregation.flag
                    ? new NumberText.Value(c.bool() ? BigDecimal.ONE : BigDecimal.ZERO)
                    : new NumberText.Problem(ReadRule.NOT_A_NUMBER, "单元格是逻辑值 " + c.bool() + "，不是数值");
            case ERROR -> new NumberText.Problem(ReadRule.CELL_ERROR, "单元格是错误值 " + c.text());
        };
    }
}
