package io.hqd.xlsx;

import org.apache.poi.ss.usermodel.Row;

/**
 * The height a row needs for text wrapped in one of its cells. Neither Excel nor LibreOffice recomputes the
 * height of a row written with one, so the writer must: too low clips the text, too high wastes paper. The
 * lines are counted as LibreOffice breaks them (measured: hqd's 11 pt 宋体 workbooks printed by LibreOffice,
 * line positions read back from the PDF): a Chinese character may start a new line anywhere; a run of Latin
 * letters, digits and signs only at a space, and a run that does not fit the rest of a line starts the next
 * one, broken wherever that line is full when the run alone is wider than the column; a line feed always
 * starts a new line.
 */
public final class WrappedText {
    /** Distance between two lines of wrapped 11 pt text as LibreOffice prints it (points; Excel's 宋体: 14.25). */
    public static final float LINE_PT = 16f;
    /** Space above the first line and below the last, plus a point so a row is never a rounding short (points). */
    public static final float ROW_PADDING_PT = 3f;
    /** Cell padding a column loses from its width (character units): a column W wide holds W − 1 digits. */
    private static final double PADDING = 1;

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

    /** Lines the text takes in a column {@code width} characters wide. */
    public static int lines(String text, double width) {
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

    private static int paragraphLines(String p, double room) {
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

    /** Width in a column's character units (rounded up): a Chinese (or full-width) character takes 1.55. */
    public static int width(String text) {
        return (int) Math.ceil(exactWidth(text));
    }

    private static double exactWidth(String text) {
        return text.codePoints().mapToDouble(WrappedText::width).sum();
    }

    /**
     * A column's unit is the width of the digit 0. Measured in LibreOffice: 25 Chinese characters fill a column
     * 40 wide, 18 one 30 wide, 12 one 20 wide, 7 one 12 wide (1.55 each fits all four). LibreOffice prints the Latin
     * letters of a 宋体 cell in DejaVu Sans, so printable ASCII takes that font's advance over its digit's
     * ({@link #ASCII}; 39 digits, 41 "a" and 50 of "x_y." fill a column 40 wide, as measured); anything else one.
     */
    private static double width(int cp) {
        if (wide(cp)) {
            return 1.55;
        }
        return cp >= ' ' && cp <= '~' ? ASCII[cp - ' '] : 1;
    }

    /** Widths of ' ' to '~' in DejaVu Sans, in widths of its digit. */
    private static final double[] ASCII = {
            0.5, 0.63, 0.72, 1.32, 1.0, 1.49, 1.23, 0.43, 0.61, 0.61, 0.79, 1.32, 0.5, 0.57, 0.5, 0.53,
            1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.53, 0.53, 1.32, 1.32, 1.32, 0.83,
            1.57, 1.08, 1.08, 1.1, 1.21, 0.99, 0.9, 1.22, 1.18, 0.46, 0.46, 1.03, 0.88, 1.36, 1.18, 1.24,
            0.95, 1.24, 1.09, 1.0, 0.96, 1.15, 1.08, 1.55, 1.08, 0.96, 1.08, 0.61, 0.53, 0.61, 1.32, 0.79,
            0.79, 0.96, 1.0, 0.86, 1.0, 0.97, 0.55, 1.0, 1.0, 0.44, 0.44, 0.91, 0.44, 1.53, 1.0, 0.96,
            1.0, 1.0, 0.65, 0.82, 0.62, 1.0, 0.93, 1.29, 0.93, 0.93, 0.83, 1.0, 0.53, 1.0, 1.32
    };

    private static boolean wide(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || Character.isIdeographic(cp)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F);
    }
}
