package io.hqd.ingest.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/** Builds one sheet while its XML streams by: rows and cells in file order, sizes checked as they come. */
final class SheetBuilder {
    private final String name;
    private final GridSheet.Visibility visibility;
    private final Limits limits;
    private final List<GridRow> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final BitSet hiddenColumns = new BitSet();
    private final Map<Integer, Integer> widths = new HashMap<>();
    private final Map<String, SharedFormula> shared = new HashMap<>();
    private int rowCount;
    private int rowIndex = -1;
    private boolean rowHidden;
    private float rowHeight;
    private int lastColumn;
    private final List<GridCell> cells = new ArrayList<>();
    private int firstColumn;
    SheetPrint print = SheetPrint.NONE;
    boolean fitToPage;
    Boolean landscape;
    Integer fitToWidth;

    SheetBuilder(String name, GridSheet.Visibility visibility, Limits limits) {
        this.name = name;
        this.visibility = visibility;
        this.limits = limits;
    }

    void column(int min, int max, String width, boolean hidden) {
        if (min >= limits.maxColumns()) {
            return; // formatting of whole columns to XFD is common and harmless: only cells count
        }
        for (int c = Math.max(min, 0); c <= Math.min(max, limits.maxColumns() - 1); c++) {
            hiddenColumns.set(c, hidden);
            if (width != null) {
                widths.put(c, (int) (Double.parseDouble(width) * 256));
            }
        }
    }

    void row(String ref, boolean hidden, String height) throws RejectedFileException {
        endRow();
        if (++rowCount > limits.maxRows()) {
            throw tooBig("行数超过 " + limits.maxRows());
        }
        rowIndex = ref == null || ref.isBlank() ? rowIndex + 1 : Integer.parseInt(ref.strip()) - 1;
        if (rowIndex < 0 || rowIndex >= 1_048_576) {
            throw FileRule.CORRUPT.reject("文件已损坏或不是有效的 Excel 工作簿，无法打开（行号 " + ref + "）");
        }
        rowHidden = hidden;
        rowHeight = height == null ? -1 : Float.parseFloat(height);
        lastColumn = -1;
    }

    int cellColumn(String ref) throws RejectedFileException {
        int col = ref == null || ref.isBlank() ? lastColumn + 1 : XlsxGrid.columnOf(ref);
        if (col >= limits.maxColumns()) {
            throw tooBig("列数超过 " + limits.maxColumns() + "（单元格 " + ref + "）");
        }
        if (rowIndex < 0) {
            throw FileRule.CORRUPT.reject("文件已损坏或不是有效的 Excel 工作簿，无法打开（单元格不在行中）");
        }
        return col;
    }

    void put(int column, GridCell c) {
        if (cells.isEmpty()) {
            firstColumn = column;
        }
        int at = column - firstColumn;
        if (at < 0) {
            // cells out of order: re-base the row (Excel never writes this; other tools might)
            List<GridCell> moved = new ArrayList<>();
            for (int i = 0; i < -at; i++) {
                moved.add(null);
            }
            moved.addAll(cells);
            cells.clear();
            cells.addAll(moved);
            firstColumn = column;
            at = 0;
        }
        while (cells.size() <= at) {
            cells.add(null);
        }
        cells.set(at, c);
        lastColumn = column;
    }

    /** A shared formula's text for this cell: the master's, with its relative references moved by the offset. */
    String sharedFormula(String index, String text, int column) {
        if (index == null) {
            return text;
        }
        if (text != null && !text.isEmpty()) {
            shared.put(index, new SharedFormula(text, rowIndex, column));
            return text;
        }
        SharedFormula master = shared.get(index);
        return master == null ? "" : XlsxText.shift(master.text(), rowIndex - master.row(), column - master.column());
    }

    void merge(CellRangeAddress range) {
        merged.add(range);
    }

    private void endRow() {
        if (rowIndex >= 0 && rowCount > 0 && (rows.isEmpty() || rows.get(rows.size() - 1).index() != rowIndex)) {
            rows.add(new GridRow(rowIndex, rowHidden, rowHeight, firstColumn, cells.toArray(GridCell[]::new)));
        }
        cells.clear();
    }

    GridSheet build() {
        endRow();
        int last = rows.stream().mapToInt(GridRow::index).max().orElse(-1);
        GridRow[] byIndex = new GridRow[last + 1];
        for (GridRow r : rows) {
            byIndex[r.index()] = r;
        }
        return new GridSheet(name, visibility, byIndex, rows.size(), merged, hiddenColumns, widths,
                print.withPage(landscape, fitToPage ? fitToWidth : null));
    }

    private static RejectedFileException tooBig(String what) {
        return FileRule.TOO_MANY_CELLS.reject("表格尺寸异常（" + what + "），不是正常的季度报表，已拒收");
    }

    private record SharedFormula(String text, int row, int column) {
    }
}
