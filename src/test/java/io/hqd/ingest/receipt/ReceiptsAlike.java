package io.hqd.ingest.receipt;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Two Excel receipts as a clerk sees them, opened with POI: sheets (names, order, visibility), every cell's value
 * and look (number format, fill, frame, wrap, font), every comment (text, author, where its box sits), column widths,
 * row heights, merged cells and print setup. The parts and bytes may differ. {@code main}: every receipt of one
 * folder against the one of the same name in another.
 */
final class ReceiptsAlike {
    private ReceiptsAlike() {
    }

    /** What differs between the two receipts; empty when a reader sees the same workbook. */
    static List<String> differences(Path a, Path b) throws Exception {
        List<String> d = new ArrayList<>();
        try (InputStream ia = Files.newInputStream(a); InputStream ib = Files.newInputStream(b);
             XSSFWorkbook x = new XSSFWorkbook(ia); XSSFWorkbook y = new XSSFWorkbook(ib)) {
            same(d, "sheets", x.getNumberOfSheets(), y.getNumberOfSheets());
            same(d, "active", x.getActiveSheetIndex(), y.getActiveSheetIndex());
            for (int i = 0; i < Math.min(x.getNumberOfSheets(), y.getNumberOfSheets()); i++) {
                XSSFSheet s = x.getSheetAt(i);
                XSSFSheet t = y.getSheetAt(i);
                String at = s.getSheetName();
                same(d, "name " + i, at, t.getSheetName());
                same(d, at + " visibility", x.getSheetVisibility(i), y.getSheetVisibility(i));
                same(d, at + " selected", s.isSelected(), t.isSelected());
                sheet(d, at, s, t);
                same(d, at + " print area", x.getPrintArea(i), y.getPrintArea(i));
            }
        }
        return d;
    }

    private static void sheet(List<String> d, String at, XSSFSheet s, XSSFSheet t) {
        same(d, at + " last row", s.getLastRowNum(), t.getLastRowNum());
        int lastCol = 0;
        for (int r = 0; r <= Math.max(s.getLastRowNum(), t.getLastRowNum()); r++) {
            Row x = s.getRow(r);
            Row y = t.getRow(r);
            if (x == null || y == null) {
                same(d, at + " row " + (r + 1), x == null, y == null);
                continue;
            }
            same(d, at + " height of row " + (r + 1), x.getHeightInPoints(), y.getHeightInPoints());
            same(d, at + " custom height of row " + (r + 1), x.isFormatted() || x.getHeight() != s.getDefaultRowHeight(),
                    y.isFormatted() || y.getHeight() != t.getDefaultRowHeight());
            same(d, at + " cells of row " + (r + 1), x.getLastCellNum(), y.getLastCellNum());
            lastCol = Math.max(lastCol, y.getLastCellNum());
            for (int c = 0; c < Math.max(x.getLastCellNum(), y.getLastCellNum()); c++) {
                Cell p = x.getCell(c);
                Cell q = y.getCell(c);
                String ref = at + "!" + new CellAddress(r, c);
                same(d, ref, describe(p), describe(q));
            }
        }
        for (int c = 0; c <= lastCol; c++) {
            same(d, at + " width of column " + c, s.getColumnWidth(c), t.getColumnWidth(c));
            same(d, at + " column hidden " + c, s.isColumnHidden(c), t.isColumnHidden(c));
        }
        same(d, at + " merged", s.getMergedRegions().stream().map(Object::toString).sorted().toList(),
                t.getMergedRegions().stream().map(Object::toString).sorted().toList());
        same(d, at + " comments", comments(s), comments(t));
        same(d, at + " repeating rows", s.getRepeatingRows(), t.getRepeatingRows());
        same(d, at + " repeating columns", s.getRepeatingColumns(), t.getRepeatingColumns());
        same(d, at + " pane", String.valueOf(s.getPaneInformation() == null ? null : s.getPaneInformation().getHorizontalSplitTopRow()),
                String.valueOf(t.getPaneInformation() == null ? null : t.getPaneInformation().getHorizontalSplitTopRow()));
        same(d, at + " header", s.getHeader().getLeft() + "|" + s.getHeader().getCenter() + "|" + s.getHeader().getRight(),
                t.getHeader().getLeft() + "|" + t.getHeader().getCenter() + "|" + t.getHeader().getRight());
        same(d, at + " footer", s.getFooter().getLeft() + "|" + s.getFooter().getCenter() + "|" + s.getFooter().getRight(),
                t.getFooter().getLeft() + "|" + t.getFooter().getCenter() + "|" + t.getFooter().getRight());
        same(d, at + " paper", paper(s), paper(t));
    }

    private static String paper(XSSFSheet s) {
        var p = s.getPrintSetup();
        StringBuilder b = new StringBuilder().append(p.getLandscape()).append(' ').append(p.getPaperSize()).append(' ')
                .append(p.getFitWidth()).append(' ').append(p.getFitHeight()).append(' ').append(s.getFitToPage()).append(' ')
                .append(s.getAutobreaks()).append(' ').append(s.getHorizontallyCenter());
        for (short m : new short[] {Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin, Sheet.BottomMargin, Sheet.HeaderMargin, Sheet.FooterMargin}) {
            b.append(' ').append(s.getMargin(m));
        }
        return b.toString();
    }

    private static List<String> comments(XSSFSheet s) {
        List<String> out = new ArrayList<>();
        s.getCellComments().forEach((where, c) -> {
            XSSFComment x = (XSSFComment) c;
            var a = x.getClientAnchor();
            out.add(where + " " + x.getAuthor() + " " + x.getString().getString() + " " + x.isVisible() + " @" + a.getCol1() + ","
                    + a.getRow1() + "-" + a.getCol2() + "," + a.getRow2());
        });
        return out.stream().sorted().toList();
    }

    private static String describe(Cell c) {
        if (c == null) {
            return "none";
        }
        String value = switch (c.getCellType()) {
            case NUMERIC -> "n " + c.getNumericCellValue();
            case STRING -> "s " + c.getStringCellValue();
            case BOOLEAN -> "b " + c.getBooleanCellValue();
            case BLANK -> "blank";
            default -> c.getCellType() + " " + c;
        };
        XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
        Comment note = c.getCellComment();
        return value + " | " + st.getDataFormatString() + " fill " + st.getFillPattern() + " " + st.getFillForegroundColor() + "/"
                + st.getFillBackgroundColor() + " frame " + st.getBorderTop() + st.getBorderBottom() + st.getBorderLeft()
                + st.getBorderRight() + " wrap " + st.getWrapText() + " " + st.getVerticalAlignment() + " " + st.getAlignment()
                + " font " + st.getFont().getFontName() + " " + st.getFont().getBold() + " " + st.getFont().getFontHeightInPoints()
                + " locked " + st.getLocked() + (note == null ? "" : " note " + note.getString().getString());
    }

    private static void same(List<String> d, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            d.add(what + ": " + a + " ≠ " + b);
        }
    }

    /** {@code main(folderA, folderB)}: every .xlsx under A against the same path under B; prints the differences. */
    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        int files = 0, differing = 0, marked = 0;
        List<Path> all;
        try (Stream<Path> s = Files.walk(a)) {
            all = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        for (Path p : all) {
            if (args.length > 2 && Files.size(p) < Long.parseLong(args[2])) {
                continue;
            }
            files++;
            Path q = b.resolve(a.relativize(p).toString());
            if (!Files.exists(q)) {
                System.out.println("missing in B: " + q);
                differing++;
                continue;
            }
            List<String> d = differences(p, q);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
                if (wb.getNumberOfSheets() > 1) {
                    marked++;
                }
            }
            if (!d.isEmpty()) {
                differing++;
                System.out.println(a.relativize(p) + ": " + d.size() + " differences, first " + d.subList(0, Math.min(5, d.size())));
            }
        }
        System.out.println(files + " receipts compared (" + marked + " with copied sheets), " + differing + " differ");
    }
}
