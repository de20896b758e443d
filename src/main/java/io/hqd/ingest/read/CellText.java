package io.hqd.ingest.read;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import io.hqd.catalog.Indicator;

/** Reads one cell: its text for headers and labels, its number for values (formulas by their cached result). */
public final class CellText {
    private CellText() {
    }

    /** The cell's text as shown (numbers without a trailing .0), or "" for blank/missing. */
    public static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getStringCellValue().strip();
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** The text at (row, col), looking through merged regions to their top-left cell. */
    public static String mergedText(Sheet sheet, int row, int col) {
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if (r.isInRange(row, col)) {
                var top = sheet.getRow(r.getFirstRow());
                return top == null ? "" : text(top.getCell(r.getFirstColumn()));
            }
        }
        var r = sheet.getRow(row);
        return r == null ? "" : text(r.getCell(col));
    }

    /**
     * A number as the clerk sees it: a percent element's cell formatted as % holds 0.3421 and shows
     * 34.21%, which means 34.21 in the catalog's unit.
     */
    static BigDecimal asShown(Cell c, Indicator element) {
        BigDecimal v = BigDecimal.valueOf(c.getNumericCellValue());
        if (element != null && "%".equals(element.unit()) && percentFormatted(c)) {
            v = v.movePointRight(2);
        }
        return v.stripTrailingZeros();
    }

    static boolean percentFormatted(Cell c) {
        String format = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
        return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
    }

    /** The number in a value cell for {@code element}. */
    public static NumberText.Parsed number(Cell c, Indicator element) {
        if (c == null) {
            return new NumberText.Missing();
        }
        CellType t = c.getCellType();
        if (t == CellType.FORMULA) {
            if (c instanceof XSSFCell x && (!x.getCTCell().isSetV() || x.getCTCell().getV().isBlank())) {
                // Written by a script (or saved without recalculation): POI would report such a cell as 0.
                return new NumberText.Problem(ReadRule.FORMULA_NO_CACHE,
                        "公式「=" + c.getCellFormula() + "」没有保存计算结果，请在 Excel 中打开、重新计算并保存后再报送");
            }
            t = c.getCachedFormulaResultType();
        }
        return switch (t) {
            case BLANK, _NONE -> new NumberText.Missing();
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? new NumberText.Problem(ReadRule.DATE_CELL, "单元格是日期格式（" + c.getLocalDateTimeCellValue()
                    + "），不是数值；请把单元格格式改为「常规」或「数值」后重新填写")
                    : new NumberText.Value(asShown(c, element));
            case STRING -> NumberText.parse(c.getStringCellValue(), element);
            case BOOLEAN -> element != null && element.aggregation() == Indicator.Aggregation.flag
                    ? new NumberText.Value(c.getBooleanCellValue() ? BigDecimal.ONE : BigDecimal.ZERO)
                    : new NumberText.Problem(ReadRule.NOT_A_NUMBER, "单元格是逻辑值 " + c.getBooleanCellValue() + "，不是数值");
            case ERROR -> new NumberText.Problem(ReadRule.CELL_ERROR,
                    "单元格是错误值 " + FormulaError.forInt(c.getErrorCellValue()).getString());
            default -> new NumberText.Problem(ReadRule.NOT_A_NUMBER, "无法读取的单元格");
        };
    }
}
