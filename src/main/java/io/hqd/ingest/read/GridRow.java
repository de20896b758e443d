package io.hqd.ingest.read;

/** One row of a {@link GridSheet}: its cells by column (null where the file has none), and whether it is hidden. */
public final class GridRow {
    private static final GridCell[] NONE = new GridCell[0];

    private final int index;
    private final boolean hidden;
    private final float height;
    private final int first;
    private final GridCell[] cells;

    /** {@code cells[i]} is column {@code first + i}; {@code height} in points, or -1 when the file sets none. */
    GridRow(int index, boolean hidden, float height, int first, GridCell[] cells) {
        this.index = index;
        this.hidden = hidden;
        this.height = height;
        this.first = cells.length == 0 ? -1 : first;
        this.cells = cells.length == 0 ? NONE : cells;
    }

    /** 0-based row number. */
    public int index() {
        return index;
    }

    public boolean hidden() {
        return hidden;
    }

    /** The height the file sets, in points, or -1. */
    public float height() {
        return height;
    }

    /** The first column holding a cell, or -1 for a row without cells. */
    public int firstColumn() {
        return first;
    }

    /** One past the last column holding a cell, or -1 for a row without cells (as POI's getLastCellNum). */
    public int endColumn() {
        return first < 0 ? -1 : first + cells.length;
    }

    /** The cell at a 0-based column, or null. */
    public GridCell cell(int column) {
        int i = column - first;
        return first < 0 || i < 0 || i >= cells.length ? null : cells[i];
    }
}
