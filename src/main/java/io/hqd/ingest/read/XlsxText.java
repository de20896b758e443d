package io.hqd.ingest.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

/** Text as .xlsx stores it: escaped characters, and shared formulas written once for a block of cells. */
final class XlsxText {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    /** A cell reference outside quotes: not part of a name, a function or a sheet name. */
    private static final Pattern REF = Pattern.compile("(?<![A-Za-z0-9_.$])(\\$?)([A-Za-z]{1,3})(\\$?)(\\d{1,7})(?![A-Za-z0-9_(!])");

    private XlsxText() {
    }

    /** Excel writes characters XML cannot carry as _xHHHH_ (a line break in a cell is _x000D_ before the LF). */
    static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A formula with its relative references moved by (rows, columns), as Excel reads a shared formula in another cell. */
    static String shift(String formula, int rows, int columns) {
        if (rows == 0 && columns == 0) {
            return formula;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < formula.length()) {
            char ch = formula.charAt(i);
            if (ch == '"' || ch == '\'') {
                int end = formula.indexOf(ch, i + 1);
                end = end < 0 ? formula.length() : end + 1;
                out.append(formula, i, end);
                i = end;
                continue;
            }
            int next = nextQuote(formula, i);
            out.append(shiftPlain(formula.substring(i, next), rows, columns));
            i = next;
        }
        return out.toString();
    }

    private static int nextQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                return i;
            }
        }
        return s.length();
    }

    private static String shiftPlain(String s, int rows, int columns) {
        Matcher m = REF.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int col = CellReference.convertColStringToIndex(m.group(2));
            int row = Integer.parseInt(m.group(4)) - 1;
            if (col > 16_383) {
                continue; // not a column name (e.g. a defined name such as ABCD1 is already excluded by length)
            }
            int newCol = m.group(1).isEmpty() ? col + columns : col;
            int newRow = m.group(3).isEmpty() ? row + rows : row;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + CellReference.convertNumToColString(Math.max(newCol, 0))
                    + m.group(3) + (Math.max(newRow, 0) + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
