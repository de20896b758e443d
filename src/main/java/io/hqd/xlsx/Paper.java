package io.hqd.xlsx;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every workbook hqd writes looks on screen and on paper: a Chinese default font (Excel's and
 * POI's default Calibri has no CJK glyphs, so LibreOffice without a fallback prints boxes), and A4
 * landscape, fitted to the page width, header rows repeated, title and 第 x 页 共 y 页 on each page.
 */
public final class Paper {
    /** 宋体: present on every Chinese Windows, mapped to a CJK serif by LibreOffice on Linux. */
    public static final String CJK_FONT = "宋体";
    /** The page number in every page's footer. */
    public static final String PAGE_NUMBER = "第 &P 页 共 &N 页";

    private Paper() {
    }

    /** Gives every font of the workbook that names no CJK font the CJK default; call after styles are made. */
    public static void chineseFonts(Workbook wb) {
        for (int i = 0; i < wb.getNumberOfFonts(); i++) {
            Font f = wb.getFontAt(i);
            String name = f.getFontName();
            if (name == null || name.isBlank() || name.equalsIgnoreCase("Calibri") || name.equalsIgnoreCase("Arial")) {
                f.setFontName(CJK_FONT);
            }
        }
    }

    /**
     * A4 landscape, as many pages tall as needed but one page wide, rows {@code 0..headerRows-1}
     * repeated on every page, the title and the sheet's name in the page header (a loose page says
     * where it belongs) and the page number in the footer.
     */
    public static void a4Landscape(Sheet s, String title, int headerRows) {
        a4(s, title, headerRows, true);
    }

    /** The same on A4 portrait (forms that are narrow and long). */
    public static void a4Portrait(Sheet s, String title, int headerRows) {
        a4(s, title, headerRows, false);
    }

    /** The centre of the page header: the title and the sheet's name ({@code &} doubled, as headers escape it). */
    public static String pageHeader(String title, String sheetName) {
        String header = title == null || title.isBlank() ? sheetName
                : title.endsWith("　" + sheetName) ? title : title + "　" + sheetName;
        return header.replace("&", "&&");
    }

    private static void a4(Sheet s, String title, int headerRows, boolean landscape) {
        PrintSetup p = s.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(landscape);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0); // 0: as many pages tall as the rows need
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setHorizontallyCenter(true);
        s.setMargin(Sheet.LeftMargin, 0.5);
        s.setMargin(Sheet.RightMargin, 0.5);
        s.setMargin(Sheet.TopMargin, 0.7);
        s.setMargin(Sheet.BottomMargin, 0.7);
        s.setMargin(Sheet.HeaderMargin, 0.3);
        s.setMargin(Sheet.FooterMargin, 0.3);
        if (headerRows > 0) {
            s.setRepeatingRows(CellRangeAddress.valueOf("1:" + headerRows));
        }
        s.getHeader().setCenter(pageHeader(title, s.getSheetName()));
        s.getFooter().setCenter(PAGE_NUMBER);
    }
}
