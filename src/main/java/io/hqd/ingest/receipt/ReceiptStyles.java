package io.hqd.ingest.receipt;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A receipt's styles. Errors are red, warnings blue, a cell with both red-and-blue stripes: none of
 * them is the yellow of a template's entry column, and both stay visible on one cell. Each mark also
 * has its own frame (thick, dashed, double), so a black-and-white print still tells them apart: the
 * light blue prints almost white, and LibreOffice draws stripes as one blended colour.
 */
final class ReceiptStyles {
    static final IndexedColors ERROR = IndexedColors.CORAL;
    static final IndexedColors WARNING = IndexedColors.LIGHT_TURQUOISE;
    /** The marks in words, in the footer of every printed page of a marked sheet (8 pt). */
    static final String LEGEND = "&8粗框红底＝错误（未入库）　虚线框蓝底＝提示（请核实）　双线框＝错误且有提示　说明见「回执」表";
    final CellStyle title;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle wrap;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle error;
    final CellStyle warning;
    final CellStyle both;
    private final Workbook wb;

    ReceiptStyles(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        plain = wb.createCellStyle();
        // a label reads level with the first line of the value beside it when that value wraps (the colour legend)
        label.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        plain.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        wrap = bordered();
        wrap.setWrapText(true);
        header = bordered();
        header.setFont(bold);
        fill(header, IndexedColors.GREY_25_PERCENT, null);
        cell = bordered();
        error = mark(bordered(), true, false);
        warning = mark(bordered(), false, true);
        both = mark(bordered(), true, true);
    }

    /** Colours a copy of {@code s} for an error, a warning, or both (stripes of both colours). */
    CellStyle mark(CellStyle s, boolean isError, boolean isWarning) {
        if (isError && isWarning) {
            fill(s, ERROR, WARNING);
            frame(s, BorderStyle.DOUBLE);
        } else {
            fill(s, isError ? ERROR : WARNING, null);
            frame(s, isError ? BorderStyle.THICK : BorderStyle.MEDIUM_DASHED);
        }
        return s;
    }

    private static void frame(CellStyle s, BorderStyle b) {
        s.setBorderTop(b);
        s.setBorderBottom(b);
        s.setBorderLeft(b);
        s.setBorderRight(b);
    }

    CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP); // a row's cells read level with the first line of the tallest
        return s;
    }

    private static void fill(CellStyle s, IndexedColors fg, IndexedColors stripes) {
        s.setFillForegroundColor(fg.getIndex());
        if (stripes == null) {
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        } else {
            s.setFillBackgroundColor(stripes.getIndex());
            s.setFillPattern(FillPatternType.THICK_FORWARD_DIAG);
        }
    }
}
