package io.hqd.xlsx;

import org.apache.poi.ss.usermodel.Row;

/**
 * The height a row needs for text wrapped in one of its cells. Neither Excel nor LibreOffice recomputes the
 * height of a row written with one, so the writer must: too low clips the text, too high wastes paper. A clerk
 * opens hqd's workbooks in Excel or WPS (宋体 installed), an admin may print them with LibreOffice (宋体 replaced by
 * other fonts), and the two set the same text in different widths, so a row gets the lines of whichever renderer
 * needs more ({@link Renderer}). Both break lines alike: a Chinese character may start a new line anywhere; a run
 * of Latin letters, digits and signs only at a space, and a run that does not fit the rest of a line starts the
 * next one, broken wherever that line is full when the run alone is wider than the column; a line feed always
 * starts a new line.
 */
public final class WrappedText {
    /** Distance between two lines of wrapped 11 pt text as LibreOffice prints it (points; Excel's 宋体: 14.25). */
    public static final float LINE_PT = 16f;
    /** Space above the first line and below the last, plus a point so a row is never a rounding short (points). */
    public static final float ROW_PADDING_PT = 3f;
    /** Cell padding a column loses from its width (character units): a column W wide holds W − 1 digits. */
    private static final double PADDING = 1;

    /**
     * How wide each renderer sets an 11 pt 宋体 cell, in the column's unit (the width of the digit 0 in the
     * workbook's font).
     */
    public enum Renderer {
        /**
         * Measured: hqd's workbooks printed by LibreOffice, line positions read back from the PDF. 25 Chinese
         * characters fill a column 40 wide, 18 one 30 wide, 12 one 20 wide, 7 one 12 wide (1.55 each fits all four);
         * the Latin of a 宋体 cell is printed in DejaVu Sans (39 digits, 41 "a" and 50 of "x_y." fill a column 40 wide).
         */
        LIBREOFFICE {
            @Override
            double width(int cp) {
                if (wide(cp)) {
                    return 1.55;
                }
                return cp >= ' ' && cp <= '~' ? DEJAVU[cp - ' '] : 1;
            }
        },
        /**
         * Excel and WPS with the real 宋体, from the font's metrics: its digits, like all its ASCII, are half a
         * Chinese character wide, and at 11 pt on a 96 dpi screen a digit takes 8 pixels (the default column,
         * 8.38 characters, is 72 pixels) and a Chinese character 15, so 1.875 units; counted as 2 to hold at other
         * screen scalings. Every other character 宋体 has (curly quotes, ×, ≥, ℃, …) is as wide as a Chinese one.
         * Not measured here (neither program runs on this machine).
         */
        EXCEL {
            @Override
            double width(int cp) {
                return cp < 0x80 ? 1 : 2;
            }
        };

        abstract double width(int cp);

        /** Lines the text takes in a column {@code width} characters wide, as this renderer breaks it. */
        public int lines(String text, double width) {
            if (text == null || text.isEmpty()) {
                return 1;
            }
            double room = Math.max(2, width - PADDING);
            int lines = 0;
            for (String paragraph : text.split("\n", -1)) {
                lines += paragraphLines(paragraph, room);
            }
            return lines;
        }

        private int paragraphLines(String p, double room) {
            int lines = 1;
            double used = 0;
            int i = 0;
            while (i < p.length()) {
                int cp = p.codePointAt(i);
                int end = i + Character.charCount(cp);
                if (!wide(cp) && cp != ' ') { // a Latin run breaks only at a space or a Chinese character
                    while (end < p.length() && !wide(p.codePointAt(end)) && p.codePointAt(end) != ' ') {
                        end += Character.charCount(p.codePointAt(end));
                    }
                }
                double w = exactWidth(p.substring(i, end));
                if (cp == ' ') {
                    used = Math.min(room, used + w); // a space at the end of a line is not carried over
                } else if (used + w <= room) {
                    used += w;
                } else {
                    if (used > 0) { // the run starts the next line, even when it is then broken
                        lines++;
                        used = 0;
                    }
                    for (int c : p.substring(i, end).codePoints().toArray()) {
                        double cw = width(c);
                        if (used + cw > room) {
                            lines++;
                            used = 0;
                        }
                        used += cw;
                    }
                }
                i = end;
            }
            return lines;
        }

        double exactWidth(String text) {
            double sum = 0;
            for (int i = 0; i < text.length(); ) { // a plain loop: a stream per run was a tenth of writing a workbook
                int cp = text.codePointAt(i);
                sum += width(cp);
                i += Character.charCount(cp);
            }
            return sum;
        }
    }

    private WrappedText() {
    }

    /** Raises the row so the text of column {@code col} fits in it, wrapped (never lowers it). */
    public static void fit(Row r, int col, String text) {
        fit(r, text, r.getSheet().getColumnWidth(col) / 256.0);
    }

    /** Raises the row so the text fits a merged cell {@code width} characters wide, wrapped (never lowers it). */
    public static void fit(Row r, String text, double width) {
        float needed = height(text, width);
        if (needed > 0) {
            r.setHeightInPoints(Math.max(r.getHeightInPoints(), needed));
        }
    }

    /** The row height the text needs wrapped in {@code width} characters (points), or 0 when one line holds it. */
    public static float height(String text, double width) {
        int lines = lines(text, width);
        return lines > 1 ? Math.min(409f, height(lines)) : 0;
    }

    /** The height of a row holding that many lines of wrapped text (points). */
    public static float height(int lines) {
        return lines * LINE_PT + ROW_PADDING_PT;
    }

    /** Lines the text takes in a column {@code width} characters wide, in whichever renderer needs more. */
    public static int lines(String text, double width) {
        int most = 1;
        for (Renderer r : Renderer.values()) {
            most = Math.max(most, r.lines(text, width));
        }
        return most;
    }

    /** Width in a column's character units (rounded up), in whichever renderer sets the text wider. */
    public static int width(String text) {
        double most = 0;
        for (Renderer r : Renderer.values()) {
            most = Math.max(most, r.exactWidth(text));
        }
        return (int) Math.ceil(most);
    }

    /**
     * The width of a column that holds the text on one line in either renderer: its width plus a unit of the cell's
     * padding on each side (the one rule for columns sized to their entries: headers, codes, links).
     */
    public static int oneLineWidth(String text) {
        return width(text) + 2;
    }

    /** Widths of ' ' to '~' in DejaVu Sans, in widths of its digit. */
    private static final double[] DEJAVU = {
            0.5, 0.63, 0.72, 1.32, 1.0, 1.49, 1.23, 0.43, 0.61, 0.61, 0.79, 1.32, 0.5, 0.57, 0.5, 0.53,
            1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.53, 0.53, 1.32, 1.32, 1.32, 0.83,
            1.57, 1.08, 1.08, 1.1, 1.21, 0.99, 0.9, 1.22, 1.18, 0.46, 0.46, 1.03, 0.88, 1.36, 1.18, 1.24,
            0.95, 1.24, 1.09, 1.0, 0.96, 1.15, 1.08, 1.55, 1.08, 0.96, 1.08, 0.61, 0.53, 0.61, 1.32, 0.79,
            0.79, 0.96, 1.0, 0.86, 1.0, 0.97, 0.55, 1.0, 1.0, 0.44, 0.44, 0.91, 0.44, 1.53, 1.0, 0.96,
            1.0, 1.0, 0.65, 0.82, 0.62, 1.0, 0.93, 1.29, 0.93, 0.93, 0.83, 1.0, 0.53, 1.0, 1.32
    };

    static boolean wide(int cp) {
        if (cp < 0x2E80) { // below the first CJK radical no character is Han, ideographic or full-width
            return false;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || Character.isIdeographic(cp)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F);
    }
}
