package io.hqd.ingest.read;

/**
 * One cell as the file stores it, whatever the format (.xlsx read as a stream, .xls through POI): the type
 * of its value (a formula's cached result), the value, the formula's text, and its number format.
 *
 * @param cached      false for a formula saved without its result (a script wrote it, or it was never
 *                    recalculated): its value is not the figure the clerk saw
 * @param formatIndex the number format's id (14–22 and 45–47 are Excel's built-in date formats)
 * @param format      the number format's text ("0.00%", "yyyy-mm-dd"), null for General
 */
public record GridCell(Type type, double number, String text, String formula, boolean cached, int formatIndex,
                       String format, boolean wrap, boolean date1904) {

    /** The type of the value the cell shows. */
    public enum Type { BLANK, NUMERIC, STRING, BOOLEAN, ERROR }

    public boolean isFormula() {
        return formula != null;
    }

    /** The value of a BOOLEAN cell. */
    public boolean bool() {
        return number != 0;
    }
}
