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
        int lines = lines(text, width);
        if (lines > 1) {
            r.setHeightInPoints(Math.max(r.getHeightInPoints(), Math.min(409f, height(lines))));
        }
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
     * 40 wide, 18 one 30 wide, 12 one 20 wide, 7 one 12 wide (1.55 each fits all four); 39 digits fill a column
     * 40 wide, 41 lower-case "a", 50 of "x_y." repeated. Capitals are wider than digits, dots and commas about half.
     */
    private static double width(int cp) {
        if (wide(cp)) {
            return 1.55;
        }
        if (Character.isDigit(cp)) {
            return 1;
        }
        if (Character.isUpperCase(cp)) {
            return 1.15;
        }
        if (Character.isLowerCase(cp)) {
            return "ijlft".indexOf(cp) >= 0 ? 0.55 : 1;
        }
        return ".,:;!'|".indexOf(cp) >= 0 ? 0.5 : 0.8;
    }

    private static boolean wide(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || Character.isIdeographic(cp)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F);
    }
}
