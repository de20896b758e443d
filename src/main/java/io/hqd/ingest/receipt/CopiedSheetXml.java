package io.hqd.ingest.receipt;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import io.hqd.ingest.Finding;
import io.hqd.ingest.read.GridCell;
import io.hqd.ingest.read.GridRow;
import io.hqd.ingest.read.GridSheet;
import io.hqd.ingest.read.SheetPrint;
import io.hqd.xlsx.Paper;

/**
 * One submitted sheet as the marked receipt's worksheet XML, and its comments and VML notes: what
 * {@link SheetCopy} and {@link CellMarks} make with POI's usermodel (values only, the sender's number formats,
 * widths, heights, merged cells and print setup, hqd's paper, each marked cell coloured and commented), written
 * straight from the grid.
 */
final class CopiedSheetXml {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A marked cell: its findings, in receipt order. */
    record Marked(int row, int col, List<Finding> findings) {
        MarkStyles.Mark mark() {
            boolean error = findings.stream().anyMatch(Finding::isError);
            boolean warning = findings.stream().anyMatch(f -> !f.isError());
            return error && warning ? MarkStyles.Mark.BOTH : error ? MarkStyles.Mark.ERROR : MarkStyles.Mark.WARNING;
        }

        String ref() {
            return new CellReference(row, col).formatAsString();
        }
    }

    private CopiedSheetXml() {
    }

    /** The worksheet XML; {@code marks} by row, then column; {@code withNotes}: it has a comments part (relationship rId2). */
    static String sheet(GridSheet src, String name, String fileName, NavigableMap<Integer, TreeMap<Integer, Marked>> marks,
                        MarkStyles styles, boolean withNotes) {
        StringBuilder rows = new StringBuilder(8192);
        int maxCol = 0;
        int minRow = Integer.MAX_VALUE, maxRow = -1, minCol = Integer.MAX_VALUE, maxColAll = -1;
        TreeMap<Integer, Boolean> rowIndexes = new TreeMap<>();
        for (int r = Math.max(src.firstRow(), 0); r <= src.lastRow(); r++) {
            if (src.row(r) != null) {
                rowIndexes.put(r, true);
            }
        }
        marks.keySet().forEach(r -> rowIndexes.putIfAbsent(r, false));
        for (int r : rowIndexes.keySet()) {
            GridRow row = src.row(r);
            Map<Integer, Marked> here = marks.getOrDefault(r, new TreeMap<>());
            rows.append("<row r=\"").append(r + 1).append('"');
            if (row != null && row.height() >= 0) {
                rows.append(" ht=\"").append((double) row.height()).append("\" customHeight=\"true\"");
            }
            rows.append('>');
            TreeMap<Integer, GridCell> cells = new TreeMap<>();
            for (int c = row == null ? 0 : Math.max(row.firstColumn(), 0); row != null && c < row.endColumn(); c++) {
                GridCell cell = row.cell(c);
                if (cell != null) {
                    cells.put(c, cell);
                    maxCol = Math.max(maxCol, c);
                }
            }
            TreeMap<Integer, Boolean> columns = new TreeMap<>();
            cells.keySet().forEach(c -> columns.put(c, true));
            here.keySet().forEach(c -> columns.putIfAbsent(c, true));
            for (int c : columns.keySet()) {
                GridCell cell = cells.get(c);
                Marked m = here.get(c);
                MarkStyles.Mark mark = m == null ? MarkStyles.Mark.NONE : m.mark();
                int style = cell == null ? styles.emptyCell(mark) : styles.of(cell.format(), cell.wrap(), mark);
                cell(rows, new CellReference(r, c).formatAsString(), style, cell);
                minCol = Math.min(minCol, c);
                maxColAll = Math.max(maxColAll, c);
            }
            rows.append("</row>");
            minRow = Math.min(minRow, r);
            maxRow = Math.max(maxRow, r);
        }
        StringBuilder x = new StringBuilder(rows.length() + 2048);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
                .append(REL).append("\"><sheetPr><pageSetUpPr fitToPage=\"true\" autoPageBreaks=\"true\"/></sheetPr><dimension ref=\"")
                .append(maxRow < 0 || maxColAll < 0 ? "A1" : new CellRangeAddress(minRow, maxRow, minCol, maxColAll).formatAsString())
                .append("\"/><sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"false\"/></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
        for (int c = 0; c <= maxCol; c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append((double) Math.min(255 * 256, src.columnWidth(c)) / 256).append("\" customWidth=\"true\" hidden=\"")
                    .append(src.columnHidden(c)).append("\"/>");
        }
        x.append("</cols><sheetData>").append(rows).append("</sheetData>");
        List<CellRangeAddress> merged = src.merged();
        if (!merged.isEmpty()) {
            x.append("<mergeCells count=\"").append(merged.size()).append("\">");
            merged.forEach(m -> x.append("<mergeCell ref=\"").append(m.formatAsString()).append("\"/>"));
            x.append("</mergeCells>");
        }
        paper(x, src.print(), fileName, name);
        if (withNotes) {
            x.append("<legacyDrawing r:id=\"rId2\"/>");
        }
        return x.append("</worksheet>").toString();
    }

    private static void cell(StringBuilder x, String ref, int style, GridCell cell) {
        x.append("<c r=\"").append(ref).append("\" s=\"").append(style).append('"');
        GridCell.Type type = cell == null ? GridCell.Type.BLANK : cell.type();
        if ((type == GridCell.Type.STRING || type == GridCell.Type.ERROR) && cell.text() == null) {
            type = GridCell.Type.BLANK; // POI's setCellValue((String) null) leaves the cell blank
        }
        switch (type) {
            case NUMERIC -> x.append("><v>").append(cell.number()).append("</v></c>");
            case STRING, ERROR -> x.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(CleanReceipt.xml(cell.text()))
                    .append("</t></is></c>");
            case BOOLEAN -> x.append(" t=\"b\"><v>").append(cell.bool() ? 1 : 0).append("</v></c>");
            case BLANK -> x.append("/>");
        }
    }

    /** {@link SheetCopy#paper} and the sender's orientation and pages wide, as POI writes them. */
    private static void paper(StringBuilder x, SheetPrint p, String fileName, String name) {
        boolean landscape = p.landscape() == null || p.landscape();
        int wide = p.fitToWidth() == null ? 1 : p.fitToWidth();
        x.append("<printOptions horizontalCentered=\"true\"/>")
                .append("<pageMargins bottom=\"0.7\" footer=\"0.3\" header=\"0.3\" left=\"0.5\" right=\"0.5\" top=\"0.7\"/>")
                .append("<pageSetup paperSize=\"9\" orientation=\"").append(landscape ? "landscape" : "portrait")
                .append("\" fitToWidth=\"").append(wide).append("\" fitToHeight=\"0\"/><headerFooter><oddHeader>")
                .append(CleanReceipt.xml("&C" + Paper.pageHeader(fileName + SheetCopy.TITLE, name)))
                .append("</oddHeader><oddFooter>").append(CleanReceipt.xml("&L" + ReceiptStyles.LEGEND + "&R" + Paper.PAGE_NUMBER))
                .append("</oddFooter></headerFooter>");
    }

    /** The sheet's comments part: every marked cell's findings in words, as {@link CellMarks} writes them. */
    static String comments(Iterable<Marked> marked) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<comments xmlns=\"").append(MAIN)
                .append("\"><authors><author>hqd</author></authors><commentList>");
        for (Marked m : marked) {
            x.append("<comment ref=\"").append(m.ref()).append("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
                    .append(CleanReceipt.xml(CellMarks.text(m.findings()))).append("</t></text></comment>");
        }
        return x.append("</commentList></comments>").toString();
    }

    /**
     * The notes' VML shapes (what Excel draws a comment in), anchored as {@link CellMarks} anchors them: from the
     * next column to four columns on, from the cell's row down three rows more than it has findings. {@code n}: the
     * drawing's number in the workbook, which keeps shape ids apart.
     */
    static String notes(Iterable<Marked> marked, int n) {
        StringBuilder x = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                .append(" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
                .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(n).append("\"/></o:shapelayout>")
                .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
                .append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int id = n * 1024;
        for (Marked m : marked) {
            x.append("<v:shape id=\"_x0000_s").append(++id).append("\" type=\"#_x0000_t202\" style=\"position:absolute; visibility:hidden\"")
                    .append(" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/><x:ClientData ObjectType=\"Note\">")
                    .append("<x:MoveWithCells/><x:SizeWithCells/><x:Anchor>").append(m.col() + 1).append(", 0, ").append(m.row())
                    .append(", 0, ").append(m.col() + 5).append(", 0, ").append(m.row() + 3 + m.findings().size())
                    .append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(m.row()).append("</x:Row><x:Column>")
                    .append(m.col()).append("</x:Column></x:ClientData></v:shape>");
        }
        return x.append("</xml>").toString();
    }
}
