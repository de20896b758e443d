package io.hqd.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** A cell reference's column read by hand is the one POI's {@link CellReference} reads, for every form. */
class CellColumnTest {

    @Test
    void everyColumnOfASheetAtItsFirstAndLastRow() {
        for (int c = 0; c <= 16_383; c++) { // A to XFD
            String letters = CellReference.convertNumToColString(c);
            for (String ref : List.of(letters + "1", letters + "1048576")) {
                assertEquals(new CellReference(ref).getCol(), XlsxGrid.columnOf(ref), ref);
            }
        }
    }

    @Test
    void otherFormsGoThroughPoi() {
        for (String ref : List.of("a1", "$A$1", "A$1", "AAAA1", "B01", "C0", "Sheet1!D4", "XFE1")) {
            assertEquals(poi(ref), outcome(ref), ref);
        }
    }

    private static String poi(String ref) {
        try {
            return String.valueOf(new CellReference(ref).getCol());
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static String outcome(String ref) {
        try {
            return String.valueOf(XlsxGrid.columnOf(ref));
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
