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
import io.hqd.ingest.read.SheetPrint;
import io.hqd.ingest.template.MilestoneSheet;
import io.hqd.ingest.template.TemplateLayout;
import io.hqd.xlsx.Paper;

/**
 * Copies a submitted workbook's sheets into the receipt as values: a formula becomes its cached
 * result, so no formula, external link, macro or embedded object of the sender is carried back.
 * Number formats, column widths, row heights, merged cells, sheet visibility and the sender's print setup are kept.
 */
final class SheetCopy {
    /** Follows the file's name in a copied sheet's page header. */
    static final String TITLE = "（所报原表，问题单元格已标色）";

    private SheetCopy() {
    }

    static void all(Grid from, Workbook to, ReceiptStyles st, String fileName) {
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
            paper(src, dst, fileName);
            sendersPaper(src.print(), dst, to);
        }
    }

    /**
     * A4 landscape fitted to the width with the marks' legend on every page (the 回执 sheet that explains them may
     * be on another sheet of paper by then); a sheet of hqd's own form repeats its rows down to its column titles.
     */
    private static void paper(GridSheet src, Sheet dst, String fileName) {
        Paper.a4Landscape(dst, fileName + TITLE, 0);
        int header = headerRow(src);
        if (header >= 0) {
            dst.setRepeatingRows(CellRangeAddress.valueOf("1:" + (header + 1)));
        }
        dst.getFooter().setLeft(ReceiptStyles.LEGEND);
        // the legend is wider than half the page: on a narrow sheet printed at full size it ran into a centred page number
        dst.getFooter().setRight(dst.getFooter().getCenter());
        dst.getFooter().setCenter("");
    }

    /**
     * What the sender set up for paper overrides hqd's choice: their repeated title rows and columns, print area,
     * orientation and pages wide (a long sheet printed from the receipt keeps its column titles on every page).
     * The reader left out whatever was beyond the sheet's limits.
     */
    private static void sendersPaper(SheetPrint p, Sheet dst, Workbook to) {
        if (p.titleRows() != null) {
            dst.setRepeatingRows(p.titleRows());
        }
        if (p.titleColumns() != null) {
            dst.setRepeatingColumns(p.titleColumns());
        }
        if (p.area() != null) {
            to.setPrintArea(to.getSheetIndex(dst), p.area().getFirstColumn(), p.area().getLastColumn(),
                    p.area().getFirstRow(), p.area().getLastRow());
        }
        if (p.landscape() != null) {
            dst.getPrintSetup().setLandscape(p.landscape());
        }
        if (p.fitToWidth() != null) {
            dst.getPrintSetup().setFitWidth(p.fitToWidth().shortValue());
        }
    }

    /** The row of hqd's column titles (指标代码 on the 填报表, 任务代码 on the 规划任务 sheet) near the top, or -1. */
    static int headerRow(GridSheet src) {
        for (int r = Math.max(src.firstRow(), 0); r <= Math.min(src.lastRow(), 20); r++) {
            GridRow row = src.row(r);
            for (int c = row == null ? 0 : Math.max(row.firstColumn(), 0); row != null && c < row.endColumn(); c++) {
                GridCell cell = row.cell(c);
                if (cell != null && cell.text() != null && (cell.text().strip().equals(TemplateLayout.HEADERS.get(1))
                        || cell.text().strip().equals(MilestoneSheet.HEADERS.get(0)))) {
                    return r;
                }
            }
        }
        return -1;
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
