package io.hqd.ingest.receipt;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import io.hqd.xlsx.Paper;

/**
 * Copies a submitted workbook's sheets into the receipt as values: a formula becomes its cached
 * result, so no formula, external link, macro or embedded object of the sender is carried back.
 * Number formats, column widths, row heights, merged cells and sheet visibility are kept.
 */
final class SheetCopy {
    private SheetCopy() {
    }

    static void all(Workbook from, Workbook to, ReceiptStyles st, String fileName) {
        Map<String, CellStyle> styles = new HashMap<>();
        for (int i = 0; i < from.getNumberOfSheets(); i++) {
            Sheet src = from.getSheetAt(i);
            String name = src.getSheetName().equals(ExcelReceipt.SHEET) ? ExcelReceipt.SHEET + "（原表）" : src.getSheetName();
            Sheet dst = to.createSheet(name);
            copy(src, dst, to, st, styles);
            to.setSheetVisibility(to.getSheetIndex(dst), from.getSheetVisibility(i));
            paper(src, dst, to, i, fileName);
        }
    }

    /**
     * A4 landscape fitted to the width, with the submitted sheet's print titles and print area (so a template's
     * header row repeats on each page) and the marks' legend on every page: the 回执 sheet that explains them
     * may be on another sheet of paper by then.
     */
    private static void paper(Sheet src, Sheet dst, Workbook to, int index, String fileName) {
        Paper.a4Landscape(dst, fileName + "（所报原表，问题单元格已标色）", 0);
        if (src.getRepeatingRows() != null) {
            dst.setRepeatingRows(src.getRepeatingRows().copy());
        }
        if (src.getRepeatingColumns() != null) {
            dst.setRepeatingColumns(src.getRepeatingColumns().copy());
        }
        String area = src.getWorkbook().getPrintArea(index);
        if (area != null) {
            to.setPrintArea(to.getSheetIndex(dst), area.substring(area.indexOf('!') + 1));
        }
        dst.getFooter().setLeft(ReceiptStyles.LEGEND);
    }

    private static void copy(Sheet src, Sheet dst, Workbook to, ReceiptStyles st, Map<String, CellStyle> styles) {
        int maxCol = 0;
        for (Row r : src) {
            Row d = dst.createRow(r.getRowNum());
            if (r.isFormatted() || r.getHeight() != src.getDefaultRowHeight()) {
                d.setHeight(r.getHeight());
            }
            for (Cell c : r) {
                maxCol = Math.max(maxCol, c.getColumnIndex());
                Cell n = d.createCell(c.getColumnIndex());
                value(c, n);
                String format = c.getCellStyle() == null ? "General" : c.getCellStyle().getDataFormatString();
                boolean wrap = c.getCellStyle() != null && c.getCellStyle().getWrapText();
                n.setCellStyle(styles.computeIfAbsent(format + "|" + wrap, k -> {
                    CellStyle s = st.bordered();
                    s.setDataFormat(to.createDataFormat().getFormat(format == null ? "General" : format));
                    s.setWrapText(wrap);
                    return s;
                }));
            }
        }
        for (int c = 0; c <= maxCol; c++) {
            dst.setColumnWidth(c, Math.min(255 * 256, src.getColumnWidth(c)));
            dst.setColumnHidden(c, src.isColumnHidden(c));
        }
        for (CellRangeAddress m : src.getMergedRegions()) {
            dst.addMergedRegion(m.copy());
        }
    }

    private static void value(Cell c, Cell n) {
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (t) {
            case NUMERIC -> n.setCellValue(c.getNumericCellValue());
            case STRING -> n.setCellValue(c.getRichStringCellValue().getString());
            case BOOLEAN -> n.setCellValue(c.getBooleanCellValue());
            case ERROR -> n.setCellValue(FormulaError.forInt(c.getErrorCellValue()).getString());
            default -> {
            }
        }
    }
}
