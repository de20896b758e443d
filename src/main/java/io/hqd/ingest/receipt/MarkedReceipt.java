package io.hqd.ingest.receipt;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

import io.hqd.ingest.Finding;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.read.Grid;
import io.hqd.ingest.read.GridCell;
import io.hqd.ingest.read.GridRow;
import io.hqd.ingest.read.GridSheet;
import io.hqd.ingest.read.SheetPrint;

/**
 * The Excel receipt of a file with marked cells, written as XML without building POI's usermodel per file
 * (for 2 % of a province's files it took a fifth of the parser threads' time): the 回执 sheet as
 * {@link CleanReceipt} writes it, then each submitted sheet from the grid by {@link CopiedSheetXml}, styles from
 * a skeleton POI builds once ({@link MarkStyles}). The POI receipt ({@link ExcelReceipt#withPoi}) stays for what
 * this writer does not reproduce ({@link #fits}): sheet names POI would shorten or refuse, a finding on a sheet
 * POI finds by another name, merged cells POI refuses, numbers Excel cannot hold, text beyond a cell's limit.
 */
final class MarkedReceipt {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String OFFICE = "application/vnd.openxmlformats-officedocument.";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private record Skeleton(CleanReceipt.Skeleton front, MarkStyles.Templates styles) {
    }

    private static volatile Skeleton skeleton;

    private MarkedReceipt() {
    }

    /** Whether this writer makes the same receipt as POI would for these sheets and findings. */
    static boolean fits(Grid submitted, List<Finding> findings) {
        if (submitted == null) {
            return false;
        }
        List<String> names = names(submitted);
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.length() > 31 || !seen.add(name.toLowerCase(Locale.ROOT)) || !validName(name)) {
                return false;
            }
        }
        for (GridSheet s : submitted.sheets()) {
            if (!fits(s)) {
                return false;
            }
        }
        TreeMap<String, String> cells = new TreeMap<>();
        for (Finding f : findings) {
            if (f.sheet() == null || f.cell() == null) {
                continue;
            }
            String found = names.stream().filter(n -> n.equalsIgnoreCase(f.sheet())).findFirst().orElse(null);
            if (found != null && (found.equals(ExcelReceipt.SHEET) || !found.equals(f.sheet()))) {
                return false; // POI would mark the sheet it finds by that name, not the one the finding names
            }
            CellReference ref;
            try {
                ref = new CellReference(f.cell());
            } catch (RuntimeException e) {
                return false;
            }
            if (ref.getSheetName() != null || ref.getRow() < 0 || ref.getCol() < 0
                    || ref.getRow() > SpreadsheetVersion.EXCEL2007.getLastRowIndex()
                    || ref.getCol() > SpreadsheetVersion.EXCEL2007.getLastColumnIndex()) {
                return false;
            }
            String same = cells.putIfAbsent(f.sheet() + "!" + ref.getRow() + "," + ref.getCol(), f.cell());
            if (same != null && !same.equals(f.cell())) {
                return false; // two spellings of one cell: POI makes two comments, the last one kept
            }
        }
        return true;
    }

    private static boolean validName(String name) {
        try {
            WorkbookUtil.validateSheetName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Cells POI stores as given, merged areas POI accepts (two cells or more, none overlapping). */
    private static boolean fits(GridSheet s) {
        for (int r = Math.max(s.firstRow(), 0); r <= s.lastRow(); r++) {
            GridRow row = s.row(r);
            for (int c = row == null ? 0 : Math.max(row.firstColumn(), 0); row != null && c < row.endColumn(); c++) {
                GridCell cell = row.cell(c);
                if (cell != null && (cell.type() == GridCell.Type.NUMERIC && !Double.isFinite(cell.number())
                        || cell.text() != null && cell.text().length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength())) {
                    return false;
                }
            }
        }
        List<CellRangeAddress> merged = s.merged();
        for (int i = 0; i < merged.size(); i++) {
            if (merged.get(i).getNumberOfCells() < 2) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (merged.get(i).intersects(merged.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The receipt's sheets after the 回执 sheet: the submitted ones, one named 回执 renamed as {@link SheetCopy} does. */
    private static List<String> names(Grid submitted) {
        List<String> names = new ArrayList<>();
        names.add(ExcelReceipt.SHEET);
        for (GridSheet s : submitted.sheets()) {
            names.add(s.name().equals(ExcelReceipt.SHEET) ? ExcelReceipt.SHEET + "（原表）" : s.name());
        }
        return names;
    }

    static Path write(FileOutcome o, Grid submitted, Path file, List<Finding> ordered, List<ExcelReceipt.Line> rows)
            throws IOException {
        Skeleton k = skeleton();
        String fileName = o.received().originalName();
        List<String> names = names(submitted);
        MarkStyles styles = new MarkStyles(k.styles());
        List<String> sheets = new ArrayList<>();
        List<List<CopiedSheetXml.Marked>> notes = new ArrayList<>();
        for (int i = 0; i < submitted.sheets().size(); i++) {
            TreeMap<Integer, TreeMap<Integer, CopiedSheetXml.Marked>> marks = marks(ordered, names.get(i + 1));
            List<CopiedSheetXml.Marked> marked = new ArrayList<>();
            marks.values().forEach(r -> marked.addAll(r.values()));
            notes.add(marked);
            sheets.add(CopiedSheetXml.sheet(submitted.sheets().get(i), names.get(i + 1), fileName, marks, styles, !marked.isEmpty()));
        }
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            put(zip, CONTENT_TYPES, contentTypes(sheets.size(), notes));
            for (String part : List.of("_rels/.rels", "docProps/app.xml", "docProps/core.xml")) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(k.front().parts().get(part));
                zip.closeEntry();
            }
            put(zip, "xl/workbook.xml", workbook(submitted, names));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
            put(zip, "xl/styles.xml", styles.xml());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            CleanReceipt.frontSheet(zip, k.front(), fileName, rows);
            zip.closeEntry();
            int drawing = 0;
            for (int i = 0; i < sheets.size(); i++) {
                int n = i + 2;
                put(zip, "xl/worksheets/sheet" + n + ".xml", sheets.get(i));
                if (!notes.get(i).isEmpty()) {
                    drawing++;
                    put(zip, "xl/worksheets/_rels/sheet" + n + ".xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Target=\"../comments" + n + ".xml\" Type=\"" + RELS + "comments\"/>"
                            + "<Relationship Id=\"rId2\" Target=\"../drawings/vmlDrawing" + n + ".vml\" Type=\"" + RELS + "vmlDrawing\"/>"
                            + "</Relationships>");
                    put(zip, "xl/comments" + n + ".xml", CopiedSheetXml.comments(notes.get(i)));
                    put(zip, "xl/drawings/vmlDrawing" + n + ".vml", CopiedSheetXml.notes(notes.get(i), drawing));
                }
            }
        }
        return file;
    }

    /** The findings on cells of one sheet, by row and column, each cell's in receipt order. */
    private static TreeMap<Integer, TreeMap<Integer, CopiedSheetXml.Marked>> marks(List<Finding> ordered, String sheet) {
        TreeMap<Integer, TreeMap<Integer, CopiedSheetXml.Marked>> marks = new TreeMap<>();
        for (Finding f : ordered) {
            if (sheet.equals(f.sheet()) && f.cell() != null) {
                CellReference ref = new CellReference(f.cell());
                marks.computeIfAbsent(ref.getRow(), r -> new TreeMap<>())
                        .computeIfAbsent((int) ref.getCol(), c -> new CopiedSheetXml.Marked(ref.getRow(), c, new ArrayList<>()))
                        .findings().add(f);
            }
        }
        return marks;
    }

    private static String workbook(Grid submitted, List<String> names) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"").append(CopiedSheetXml.MAIN)
                .append("\" xmlns:r=\"").append(RELS.substring(0, RELS.length() - 1)).append("\"><workbookPr date1904=\"false\"/>")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < names.size(); i++) {
            x.append("<sheet name=\"").append(CleanReceipt.xml(names.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 2).append('"');
            GridSheet.Visibility v = i == 0 ? GridSheet.Visibility.VISIBLE : submitted.sheets().get(i - 1).visibility();
            x.append(switch (v) {
                case VISIBLE -> "";
                case HIDDEN -> " state=\"hidden\"";
                case VERY_HIDDEN -> " state=\"veryHidden\"";
            }).append("/>");
        }
        x.append("</sheets><definedNames>");
        name(x, "_xlnm.Print_Titles", 0, SheetNameFormatter.format(ExcelReceipt.SHEET) + "!$" + (ExcelReceipt.HEADER_ROW + 1)
                + ":$" + (ExcelReceipt.HEADER_ROW + 1));
        for (int i = 1; i < names.size(); i++) {
            GridSheet src = submitted.sheets().get(i - 1);
            SheetPrint p = src.print();
            String sheet = SheetNameFormatter.format(names.get(i));
            int header = SheetCopy.headerRow(src);
            CellRangeAddress rows = p.titleRows() != null ? p.titleRows()
                    : header >= 0 ? new CellRangeAddress(0, header, -1, -1) : null;
            List<String> titles = new ArrayList<>();
            if (p.titleColumns() != null) {
                titles.add(sheet + "!$" + CellReference.convertNumToColString(p.titleColumns().getFirstColumn()) + ":$"
                        + CellReference.convertNumToColString(p.titleColumns().getLastColumn()));
            }
            if (rows != null) {
                titles.add(sheet + "!$" + (rows.getFirstRow() + 1) + ":$" + (rows.getLastRow() + 1));
            }
            if (!titles.isEmpty()) {
                name(x, "_xlnm.Print_Titles", i, String.join(",", titles));
            }
            if (p.area() != null) {
                CellRangeAddress a = p.area();
                name(x, "_xlnm.Print_Area", i, sheet + "!" + new CellReference(a.getFirstRow(), a.getFirstColumn(), true, true)
                        .formatAsString() + ":" + new CellReference(a.getLastRow(), a.getLastColumn(), true, true).formatAsString());
            }
        }
        return x.append("</definedNames></workbook>").toString();
    }

    private static void name(StringBuilder x, String name, int sheet, String formula) {
        x.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append("\">")
                .append(CleanReceipt.xml(formula)).append("</definedName>");
    }

    private static String workbookRels(int copied) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
                .append("<Relationship Id=\"rId1\" Target=\"styles.xml\" Type=\"").append(RELS).append("styles\"/>");
        for (int i = 1; i <= copied + 1; i++) {
            x.append("<Relationship Id=\"rId").append(i + 1).append("\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\" Type=\"").append(RELS).append("worksheet\"/>");
        }
        return x.append("</Relationships>").toString();
    }

    private static String contentTypes(int copied, List<List<CopiedSheetXml.Marked>> notes) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                .append("<Default ContentType=\"").append(OFFICE).append("vmlDrawing\" Extension=\"vml\"/>")
                .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
                .append("<Override ContentType=\"").append(OFFICE).append("extended-properties+xml\" PartName=\"/docProps/app.xml\"/>")
                .append("<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>")
                .append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.styles+xml\" PartName=\"/xl/styles.xml\"/>")
                .append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.sheet.main+xml\" PartName=\"/xl/workbook.xml\"/>");
        for (int i = 1; i <= copied + 1; i++) {
            x.append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.worksheet+xml\" PartName=\"/xl/worksheets/sheet")
                    .append(i).append(".xml\"/>");
            if (i > 1 && !notes.get(i - 2).isEmpty()) {
                x.append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.comments+xml\" PartName=\"/xl/comments")
                        .append(i).append(".xml\"/>");
            }
        }
        return x.append("</Types>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Skeleton skeleton() {
        Skeleton k = skeleton;
        if (k == null) {
            synchronized (MarkedReceipt.class) {
                k = skeleton;
                if (k == null) {
                    CleanReceipt.Skeleton front = CleanReceipt.build(MarkStyles::addTemplates);
                    k = new Skeleton(front, MarkStyles.templates(new String(front.parts().get("xl/styles.xml"), StandardCharsets.UTF_8)));
                    skeleton = k;
                }
            }
        }
        return k;
    }
}
