package io.hqd.xlsx;

import org.apache.poi.ss.usermodel.Row;

/**
 * The height a row needs for text wrapped in one of its cells. Neither Excel nor LibreOffice recomputes the
 * height of a row written with one, so the writer must: too low clips the text, too high wastes paper. The
 * lines are counted as a spreadsheet breaks them: a Chinese character (two character widths of a column) may
 * start a new line anywhere, a run of Latin letters, digits and signs only at a space, unless the run alone is
 * wider than the column; a line feed always starts a new line.
 */
public final class WrappedText {
    /** Height of one line of the 11 pt default font, as LibreOffice and Excel draw 宋体 (points). */
    public static final float LINE_PT = 14.5f;
    /** Cell padding a column loses from its width (character units). */
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
        return lines > 1 ? Math.min(409f, lines * LINE_PT + 2) : 0;
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
            } else if (w <= room) {
                lines++;
                used = w;
            } else { // wider than the column: broken wherever the line is full
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

    /** Width in a column's character units (rounded up): a Chinese (or full-width) character takes two. */
    public static int width(String text) {
        return (int) Math.ceil(exactWidth(text));
    }

    private static double exactWidth(String text) {
        return text.codePoints().mapToDouble(WrappedText::width).sum();
    }

    /**
     * A column's unit is the width of the digit 0: a Chinese character takes two, digits and capitals one,
     * lower-case letters and signs less (33 of "provincial_specialist_training_ba" fill a column 26 units wide in
     * LibreOffice). Generous on purpose: a row estimated too low clips its text, one too high only costs paper.
     */
    private static double width(int cp) {
        if (wide(cp)) {
            return 2;
        }
        return Character.isDigit(cp) || Character.isUpperCase(cp) ? 1 : 0.85;
    }

    private static boolean wide(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || Character.isIdeographic(cp)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F);
    }
}
