package io.hqd.ingest;

import org.apache.poi.ss.util.CellReference;

/** Lineage of a value: sheet name and A1 address. */
public record CellRef(String sheet, String cell) {
    public static CellRef of(String sheet, int row, int col) {
        return new CellRef(sheet, new CellReference(row, col).formatAsString(false));
    }

    @Override
    public String toString() {
        return sheet + "!" + cell;
    }
}
