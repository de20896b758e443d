package io.hqd.ingest.receipt;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import io.hqd.ingest.read.Grid;
import io.hqd.ingest.read.GridCell;
import io.hqd.ingest.read.GridRow;
import io.hqd.ingest.read.GridSheet;
import io.hqd.xlsx.Paper;

/**
 * Copies a submitted workbook's sheets into the receipt as values: a formula becomes its cached
 * result, so no formula, external link, macro or embedded object of the sender is carried back.
 * Number formats, column widths, row heights, merged cells and sheet visibility are kept.
 */
final class SheetCopy {
    private SheetCopy() {
    }

    static void all(Grid from, Workbook to, ReceiptStyles st) {
        Map<String, CellStyle> styles = new HashMap<>();
        for (GridSheet src : from.sheets()) {
            String name = src.name().equals(ExcelReceipt.SHEET) ? ExcelReceipt.SHEET + "（原表）" : src.name();
            Sheet dst = to.createSheet(name);
            copy(src, dst, to, st, styles);
            to.setSheetVisibility(to.getSheetIndex(dst), switch (src.visibility()) {
                case VISIBLE -> SheetVisibility.VISIBLE;
                case HIDDEN -> SheetVisibility.HIDDEN;
                case VERY_HIDDEN -> SheetVisibility.VERY_HIDDEN;
            });
            Paper.a4Landscape(dst, "报送回执　" + src.name(), 0);
        }
    }

    private static void copy(GridSheet src, Sheet dst, Workbook to, ReceiptStyles st, Map<String, CellStyle> styles) {
        int maxCol = 0;
        for (int r = Math.max(src.firstRow(), 0); r <= src.lastRow(); r++) {
            GridRow row = src.row(r);
            if (row == null) {
                continue;
            }
            Row d = dst.createRow(r);
            if (row.height() >= 0) {
                d.setHeightInPoints(row.height());
            }
            for (int c = Math.max(row.firstColumn(), 0); c < row.endColumn(); c++) {
                GridCell cell = row.cell(c);
                if (cell == null) {
                    continue;
                }
                maxCol = Math.max(maxCol, c);
                Cell n = d.createCell(c);
                value(cell, n);
                String format = cell.format() == null ? "General" : cell.format();
                n.setCellStyle(styles.computeIfAbsent(format + "|" + cell.wrap(), k -> {
                    CellStyle s = st.bordered();
                    s.setDataFormat(to.createDataFormat().getFormat(format));
                    s.setWrapText(cell.wrap());
                    return s;
                }));
            }
        }
        for (int c = 0; c <= maxCol; c++) {
            dst.setColumnWidth(c, Math.min(255 * 256, src.columnWidth(c)));
            dst.setColumnHidden(c, src.columnHidden(c));
        }
        for (CellRangeAddress m : src.merged()) {
            dst.addMergedRegion(m.copy());
        }
    }

    private static void value(GridCell c, Cell n) {
        switch (c.type()) {
            case NUMERIC -> n.setCellValue(c.number());
            case STRING, ERROR -> n.setCellValue(c.text());
            case BOOLEAN -> n.setCellValue(c.bool());
            case BLANK -> {
            }
        }
    }
}
