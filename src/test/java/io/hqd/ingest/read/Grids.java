package io.hqd.ingest.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;

/** Sheets and cells built in memory with POI, seen as the readers see a file's cells. */
final class Grids {
    private Grids() {
    }

    static GridSheet of(Sheet s) {
        return PoiGrid.sheet(s, GridSheet.Visibility.VISIBLE, false);
    }

    static GridCell of(Cell c) {
        return c == null ? null : PoiGrid.cell(c, false);
    }
}
