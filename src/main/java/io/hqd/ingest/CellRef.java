package io.hqd.ingest;

import org.apache.poi.ss.util.CellReference;

/** Lineage of a value: sheet name and A1 address. */
public record CellRef(String sheet, String cell) {
    public static CellRef of(String sheet, int row, int col) {
        return new CellRef(sheet, a1(row, col));
    }

    /**
     * The A1 address of a zero-based row and column, as POI's {@code CellReference.formatAsString(false)} writes it,
     * built without its two string builders: every value read, finding and header fact asks for one.
     */
    static String a1(int row, int col) {
        if (row < 0 || col < 0) {
            return new CellReference(row, col).formatAsString(false);
        }
        char[] letters = new char[7];
        int at = letters.length;
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters[--at] = (char) ('A' + (c - 1) % 26);
        }
        return new StringBuilder(letters.length - at + 7).append(letters, at, letters.length - at).append(row + 1).toString();
    }

    @Override
    public String toString() {
        return sheet + "!" + cell;
    }
}
