package io.hqd.ingest.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The handful of cell styles a template uses, created once per workbook (styles are per-workbook in Excel). */
final class TemplateStyles {
    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle fixed;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle body;
    final XSSFCellStyle input;
    final XSSFCellStyle reference;
    final XSSFCellStyle definition;
    final XSSFCellStyle formId;
    final XSSFCellStyle signLabel;
    final XSSFCellStyle signField;

    TemplateStyles(XSSFWorkbook wb) {
        XSSFFont plain = font(wb, false, 11, IndexedColors.BLACK);
        XSSFFont bold = font(wb, true, 11, IndexedColors.BLACK);
        XSSFFont grey = font(wb, false, 10, IndexedColors.GREY_50_PERCENT);

        title = wb.createCellStyle();
        title.setFont(font(wb, true, 14, IndexedColors.BLACK));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        label = bordered(wb, bold);
        fill(label, IndexedColors.GREY_25_PERCENT);
        fixed = bordered(wb, plain);

        note = wb.createCellStyle();
        note.setFont(grey);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(wb, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        fill(header, IndexedColors.PALE_BLUE);

        body = bordered(wb, plain);
        body.setWrapText(true);

        input = bordered(wb, plain);
        input.setLocked(false);
        fill(input, IndexedColors.LIGHT_YELLOW);

        reference = bordered(wb, grey);
        definition = bordered(wb, grey);
        definition.setWrapText(true);

        formId = wb.createCellStyle();
        formId.setFont(font(wb, false, 9, IndexedColors.BLACK));
        formId.setVerticalAlignment(VerticalAlignment.CENTER);
        signLabel = wb.createCellStyle();
        signLabel.setFont(bold);
        signLabel.setAlignment(HorizontalAlignment.RIGHT);
        signLabel.setVerticalAlignment(VerticalAlignment.BOTTOM);
        signField = wb.createCellStyle();
        signField.setFont(plain);
        signField.setBorderBottom(BorderStyle.THIN);
        signField.setVerticalAlignment(VerticalAlignment.BOTTOM);
        signField.setLocked(false);
    }

    private static XSSFFont font(XSSFWorkbook wb, boolean bold, int points, IndexedColors color) {
        XSSFFont f = wb.createFont();
        f.setFontName("宋体");
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        f.setColor(color.getIndex());
        return f;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook wb, XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static void fill(XSSFCellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
