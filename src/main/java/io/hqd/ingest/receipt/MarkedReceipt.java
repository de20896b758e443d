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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

import io.hqd.ingest.Finding;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.read.Grid;
import io.hqd.ingest.read.GridCell;
import io.hqd.ingest.read.GridRow;
import io.hqd.ingest.read.GridSheet;

/**
 * The Excel receipt of a file with marked cells, written as XML without building POI's usermodel per file
 * (for 2 % of a province's files it took a fifth of the parser threads' time): the 回执 sheet as
 * {@link CleanReceipt} writes it, then each submitted sheet from the grid by {@link CopiedSheetXml}, styles from
 * a skeleton POI builds once ({@link MarkStyles}). The POI receipt ({@link ExcelReceipt#withPoi}) stays for what
 * this writer does not reproduce ({@link #fits}): sheet names POI would shorten or refuse, a finding on a sheet
 * POI finds by another name, merged cells POI refuses, numbers Excel cannot hold, text beyond a cell's limit.
 */
final class MarkedReceipt {
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private record Skeleton(CleanReceipt.Skeleton front, MarkStyles.Templates styles) {
    }

    private static final BuiltOnce<Skeleton> SKELETON = new BuiltOnce<>(() -> {
        CleanReceipt.Skeleton front = CleanReceipt.build(MarkStyles::addTemplates);
        return new Skeleton(front, MarkStyles.templates(new String(front.parts().get("xl/styles.xml"), StandardCharsets.UTF_8)));
    });

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
    static List<String> names(Grid submitted) {
        List<String> names = new ArrayList<>();
        names.add(ExcelReceipt.SHEET);
        for (GridSheet s : submitted.sheets()) {
            names.add(s.name().equals(ExcelReceipt.SHEET) ? ExcelReceipt.SHEET + "（原表）" : s.name());
        }
        return names;
    }

    static Path write(FileOutcome o, Grid submitted, Path file, List<Finding> ordered, List<ExcelReceipt.Line> rows)
            throws IOException {
        Skeleton k = SKELETON.get();
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
            zip.setLevel(ExcelReceipt.ZIP_LEVEL);
            put(zip, "[Content_Types].xml", ReceiptWorkbookXml.contentTypes(sheets.size(), notes));
            for (String part : List.of("_rels/.rels", "docProps/app.xml", "docProps/core.xml")) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(k.front().parts().get(part));
                zip.closeEntry();
            }
            put(zip, "xl/workbook.xml", ReceiptWorkbookXml.workbook(submitted, names));
            put(zip, "xl/_rels/workbook.xml.rels", ReceiptWorkbookXml.workbookRels(sheets.size()));
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

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
