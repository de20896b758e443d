package io.hqd.ingest.read;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet's cells as the file stores them: rows by number, merged blocks, hidden columns and the sizes
 * the receipt's copy keeps. Read once, never changed; the readers know nothing of the file format.
 */
public final class GridSheet {
    /** Excel's default column width (8 characters), in 1/256 of a character as POI counts. */
    static final int DEFAULT_COLUMN_WIDTH = 8 * 256;

    /** Whether a sheet is shown, hidden (可取消隐藏) or very hidden (only by macro). */
    public enum Visibility { VISIBLE, HIDDEN, VERY_HIDDEN }

    private final String name;
    private final Visibility visibility;
    private final GridRow[] rows;
    private final int physicalRows;
    private final List<CellRangeAddress> merged;
    private final BitSet hiddenColumns;
    private final Map<Integer, Integer> columnWidths;
    private final SheetPrint print;

    GridSheet(String name, Visibility visibility, GridRow[] rows, int physicalRows, List<CellRangeAddress> merged,
              BitSet hiddenColumns, Map<Integer, Integer> columnWidths) {
        this(name, visibility, rows, physicalRows, merged, hiddenColumns, columnWidths, SheetPrint.NONE);
    }

    GridSheet(String name, Visibility visibility, GridRow[] rows, int physicalRows, List<CellRangeAddress> merged,
              BitSet hiddenColumns, Map<Integer, Integer> columnWidths, SheetPrint print) {
        this.name = name;
        this.visibility = visibility;
        this.rows = rows;
        this.physicalRows = physicalRows;
        this.merged = List.copyOf(merged);
        this.hiddenColumns = hiddenColumns;
        this.columnWidths = Map.copyOf(columnWidths);
        this.print = print == null ? SheetPrint.NONE : print;
    }

    /** The sender's print setup (title rows and columns, print area, orientation), parts the sender set none of null. */
    public SheetPrint print() {
        return print;
    }

    public String name() {
        return name;
    }

    public Visibility visibility() {
        return visibility;
    }

    public boolean hidden() {
        return visibility != Visibility.VISIBLE;
    }

    /** The first row's 0-based number, or -1 for a sheet without rows. */
    public int firstRow() {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] != null) {
                return r;
            }
        }
        return -1;
    }

    /** The last row's 0-based number, or -1 for a sheet without rows. */
    public int lastRow() {
        return rows.length - 1;
    }

    /** The row at a 0-based number, or null. */
    public GridRow row(int r) {
        return r < 0 || r >= rows.length ? null : rows[r];
    }

    /** How many rows the file stores (a row with only formatting counts). */
    public int physicalRows() {
        return physicalRows;
    }

    public List<CellRangeAddress> merged() {
        return merged;
    }

    public boolean columnHidden(int column) {
        return hiddenColumns.get(column);
    }

    /** The column's width in 1/256 of a character. */
    public int columnWidth(int column) {
        return columnWidths.getOrDefault(column, DEFAULT_COLUMN_WIDTH);
    }

    /** The cell at (row, column), or null. */
    public GridCell cell(int row, int column) {
        GridRow r = row(row);
        return r == null ? null : r.cell(column);
    }
}
