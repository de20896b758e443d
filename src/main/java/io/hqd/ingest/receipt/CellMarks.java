package io.hqd.ingest.receipt;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import io.hqd.ingest.Finding;

/**
 * Colours each cell with findings (error, warning, or both) and writes all its findings, in words,
 * into one comment; the cell's number format is kept.
 */
final class CellMarks {
    private final Workbook wb;
    private final ReceiptStyles st;
    private final Map<String, CellStyle> styles = new HashMap<>();

    CellMarks(Workbook wb, ReceiptStyles st) {
        this.wb = wb;
        this.st = st;
    }

    /** A marked cell's comment: each of its findings in words, one a line. */
    static String text(List<Finding> here) {
        StringBuilder text = new StringBuilder();
        for (Finding f : here) {
            text.append(text.isEmpty() ? "" : "\n").append("【").append(f.severity().label()).append("·")
                    .append(RuleNames.name(f.rule())).append("】").append(f.message());
        }
        return text.toString();
    }

    void mark(List<Finding> findings) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.sheet() != null && f.cell() != null && wb.getSheet(f.sheet()) != null) {
                byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        CreationHelper helper = wb.getCreationHelper();
        Map<String, Drawing<?>> drawings = new HashMap<>();
        List<List<Finding>> cells = new java.util.ArrayList<>(byCell.values());
        // left to right along a row: POI files a new comment first at its box's corner, the next column's cell, and
        // refuses it there when that cell already has its own (an error right of a warning threw)
        cells.sort(java.util.Comparator.comparing((List<Finding> h) -> h.get(0).sheet())
                .thenComparingInt(h -> new CellReference(h.get(0).cell()).getRow())
                .thenComparingInt(h -> new CellReference(h.get(0).cell()).getCol()));
        for (List<Finding> here : cells) {
            Finding first = here.get(0);
            Sheet sheet = wb.getSheet(first.sheet());
            CellReference ref = new CellReference(first.cell());
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            boolean error = here.stream().anyMatch(Finding::isError);
            boolean warning = here.stream().anyMatch(f -> !f.isError());
            CellStyle base = cell.getCellStyle();
            cell.setCellStyle(styles.computeIfAbsent(base.getIndex() + "|" + error + "|" + warning, k -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(base);
                return st.mark(s, error, warning);
            }));
            Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), n -> sheet.createDrawingPatriarch());
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 3 + here.size());
            Comment c = drawing.createCellComment(anchor);
            c.setString(helper.createRichTextString(text(here)));
            c.setAuthor("hqd");
            cell.setCellComment(c);
        }
    }
}
