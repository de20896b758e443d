package io.hqd.report.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import io.hqd.evaluate.Status;
import io.hqd.report.data.IndicatorMeta;

/** Styles and conventions every sheet of the analyst workbook shares. */
final class SheetKit {
    private final Workbook wb;
    private final CellStyle header;
    private final CellStyle wrapped;
    private final CellStyle integer;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final String title;
    private final CellStyle bold;
    private final CellStyle link;

    /** {@code title}: what every printed page's header says (region, period, workbook). */
    SheetKit(Workbook wb, String title) {
        this.wb = wb;
        this.title = title;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        wrapped = wb.createCellStyle();
        wrapped.setDataFormat(wb.createDataFormat().getFormat("@"));
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        this.bold = wb.createCellStyle();
        this.bold.setFont(bold);
        this.bold.setDataFormat(wb.createDataFormat().getFormat("@"));
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.cloneStyleFrom(wrapped);
        link.setFont(blue);
        integer = wb.createCellStyle();
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        // every cell reads from the top of its row, level with the first line of a wrapped neighbour
        for (CellStyle s : new CellStyle[] {this.bold, integer}) {
            s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }

    /**
     * Header row with widths (in characters), frozen below it. A column is never narrower than its title: the
     * header row keeps one line's height, so a title wrapped in a narrow column would print clipped ("类排名").
     */
    Sheet sheet(String name, String[] headers, int[] widths) {
        Sheet s = wb.createSheet(name);
        Row r = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell c = r.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(header);
            s.setColumnWidth(i, Math.min(255, Math.max(widths[i], io.hqd.xlsx.WrappedText.oneLineWidth(headers[i]))) * 256);
        }
        s.createFreezePane(0, 1);
        io.hqd.xlsx.Paper.a4Landscape(s, title, 1);
        return s;
    }

    /** Auto-filter over everything written, and status colours on the status column (if any). */
    void finish(Sheet s, int columns, int lastRow, int statusColumn) {
        s.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns - 1));
        if (statusColumn >= 0 && lastRow >= 1) {
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, statusColumn, statusColumn)};
            colour(cf, range, Status.met, IndexedColors.LIGHT_GREEN);
            colour(cf, range, Status.on_track, IndexedColors.LEMON_CHIFFON);
            colour(cf, range, Status.behind, IndexedColors.LIGHT_ORANGE);
            colour(cf, range, Status.not_met, IndexedColors.ROSE);
            colour(cf, range, Status.no_data, IndexedColors.GREY_25_PERCENT);
        }
    }

    private static void colour(SheetConditionalFormatting cf, CellRangeAddress[] range, Status status, IndexedColors c) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + status.label() + "\"");
        rule.createPatternFormatting().setFillBackgroundColor(c.getIndex());
        cf.addConditionalFormatting(range, rule);
    }

    /**
     * Text is always written as text (codes like 511802 must not turn into numbers), wrapped inside its column:
     * text running on into the next cell is cut off where that cell is filled and printed over it where LibreOffice
     * draws it, and text running past the last column widens the printed area, so fit-to-width shrinks every page
     * to unreadable. The row is raised to the wrapped lines (a row's height is not recomputed when the workbook opens).
     */
    void text(Row r, int col, String v) {
        Cell c = r.createCell(col);
        c.setCellStyle(wrapped);
        c.setCellValue(v == null ? "" : v);
        io.hqd.xlsx.WrappedText.fit(r, col, v);
    }

    /** Long text (evidence, source files and cells): the same as {@link #text}, named for what it holds. */
    void longText(Row r, int col, String v) {
        text(r, col, v);
    }

    /** Text that links to a cell of another sheet of the workbook (a statistician clicks it to get there). */
    void link(Row r, int col, String v, String sheet, int row) {
        text(r, col, v);
        org.apache.poi.ss.usermodel.Hyperlink h = wb.getCreationHelper()
                .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
        h.setAddress("'" + sheet + "'!A" + row);
        Cell c = r.getCell(col);
        c.setHyperlink(h);
        c.setCellStyle(link);
    }

    /** A group line (a plan above its targets), bold. */
    void heading(Row r, int col, String v) {
        Cell c = r.createCell(col);
        c.setCellStyle(bold);
        c.setCellValue(v == null ? "" : v);
    }

    void integer(Row r, int col, Integer v) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v);
            c.setCellStyle(integer);
        }
    }

    /** An indicator value: percentages as Excel percents, others with the indicator's decimals. */
    void value(Row r, int col, Double v, IndicatorMeta m) {
        Cell c = r.createCell(col);
        if (v == null) {
            return;
        }
        int d = io.hqd.report.Fmt.places(v, m.decimals());
        String zeros = zeros(d);
        if (m.isPercent()) {
            c.setCellValue(io.hqd.report.Fmt.round(v, d) / 100.0);
            c.setCellStyle(style(zeros + "%"));
        } else {
            c.setCellValue(io.hqd.report.Fmt.round(v, d));
            c.setCellStyle(style(zeros));
        }
    }

    /**
     * A figure as the PDF prints it, still a number: the unit sits in the number format (23.46%, 8.3 天,
     * 1234.56 万元); a region's yes/no item is the share of its hospitals saying 是 (66.7%).
     */
    void valueWithUnit(Row r, int col, Double v, IndicatorMeta m) {
        int d = io.hqd.report.Fmt.places(v, decimalsOf(m));
        Double rounded = io.hqd.report.Fmt.round(v, d);
        if (rounded == null) {
            r.createCell(col);
            return;
        }
        Cell c = r.createCell(col);
        boolean share = m.isPercent() || m.isFlag();
        c.setCellValue(share ? rounded / 100.0 : rounded);
        c.setCellStyle(style(share ? zeros(d) + "%" : zeros(d) + quoted(m.printedUnit())));
    }

    /** A change in the figure's unit, signed; percentages and shares change in 个百分点 (+2.26 个百分点). */
    void changeWithUnit(Row r, int col, Double d, IndicatorMeta m) {
        int places = io.hqd.report.Fmt.places(d, decimalsOf(m));
        Double rounded = io.hqd.report.Fmt.round(d, places);
        if (rounded == null) {
            r.createCell(col);
            return;
        }
        Cell c = r.createCell(col);
        c.setCellValue(rounded);
        String unit = quoted(m.isPercent() || m.isFlag() ? " 个百分点" : m.printedUnit());
        String n = zeros(places);
        c.setCellStyle(style("+" + n + unit + ";-" + n + unit + ";" + n + unit));
    }

    /** Yes/no items above a hospital read as shares with one decimal, as in the PDF. */
    private static int decimalsOf(IndicatorMeta m) {
        return m.isFlag() ? 1 : m.decimals();
    }

    private static String zeros(int decimals) {
        return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }

    private static String quoted(String unit) {
        return unit.isEmpty() ? "" : "\"" + unit + "\"";
    }

    /** A yes/no figure of one hospital or a yes/no target: 是 (1) or 否 (0); blank when there is none. */
    void yesNo(Row r, int col, Double v) {
        if (v == null) {
            r.createCell(col);
        } else {
            text(r, col, v >= 1 ? "是" : "否");
        }
    }

    /** A count or sum (分子, 分母) to four decimals at most; a whole one without a point (Excel prints "11." for 11 in #,##0.####). */
    void plain(Row r, int col, Double v) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v);
            boolean wholeAtFourDecimals = Math.abs(v - Math.rint(v)) < 0.00005;
            c.setCellStyle(style(wholeAtFourDecimals ? "#,##0" : "#,##0.####"));
        }
    }

    /**
     * A cell's value as it was submitted (General: every digit, no rounding, no trailing "." in Excel), set in
     * from the right edge so it does not run into the text of the next column.
     */
    void submitted(Row r, int col, double v) {
        Cell c = r.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(numbers.computeIfAbsent("submitted", f -> {
            CellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            s.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            s.setIndention((short) 1);
            return s;
        }));
    }

    private CellStyle style(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            return s;
        });
    }
}
