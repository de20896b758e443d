package io.hqd.ingest.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * How the sender set a sheet up for paper: rows and columns repeated on every page (Print_Titles), the print
 * area (Print_Area), the orientation and how many pages wide it fits. Each part is null when the sender set
 * none or set one hqd does not trust (a range beyond the sheet's limits, a formula that is not a range): a
 * sender's print setup is a convenience for the receipt's copy, never a reason to refuse a file.
 */
public record SheetPrint(CellRangeAddress titleRows, CellRangeAddress titleColumns, CellRangeAddress area,
                         Boolean landscape, Integer fitToWidth) {
    /** Nothing set: the receipt's copy is set up as hqd's own sheets are. */
    public static final SheetPrint NONE = new SheetPrint(null, null, null, null, null);

    private static final SpreadsheetVersion LIMITS = SpreadsheetVersion.EXCEL2007;
    private static final Pattern ROWS = Pattern.compile("(\\d{1,7}):(\\d{1,7})");
    private static final Pattern COLUMNS = Pattern.compile("([A-Za-z]{1,3}):([A-Za-z]{1,3})");
    private static final Pattern AREA = Pattern.compile("([A-Za-z]{1,3}\\d{1,7})(?::([A-Za-z]{1,3}\\d{1,7}))?");

    /** With the titles of a {@code _xlnm.Print_Titles} formula ({@code 'Sheet'!$1:$2} or {@code Sheet!$A:$B,Sheet!$1:$2}). */
    public SheetPrint withTitles(String formula) {
        CellRangeAddress rows = titleRows, columns = titleColumns;
        for (String part : parts(formula)) {
            Matcher r = ROWS.matcher(part);
            Matcher c = COLUMNS.matcher(part);
            if (r.matches()) {
                rows = checked(Integer.parseInt(r.group(1)) - 1, Integer.parseInt(r.group(2)) - 1, -1, -1, rows);
            } else if (c.matches()) {
                columns = checked(-1, -1, CellReference.convertColStringToIndex(c.group(1)),
                        CellReference.convertColStringToIndex(c.group(2)), columns);
            }
        }
        return new SheetPrint(rows, columns, area, landscape, fitToWidth);
    }

    /** With the area of a {@code _xlnm.Print_Area} formula; an area of several ranges is not kept (rare, and pages split oddly). */
    public SheetPrint withArea(String formula) {
        String[] parts = parts(formula);
        if (parts.length != 1) {
            return this;
        }
        Matcher m = AREA.matcher(parts[0]);
        if (!m.matches()) {
            return this;
        }
        CellReference from = new CellReference(m.group(1));
        CellReference to = new CellReference(m.group(2) == null ? m.group(1) : m.group(2));
        return new SheetPrint(titleRows, titleColumns,
                checked(from.getRow(), to.getRow(), from.getCol(), to.getCol(), area), landscape, fitToWidth);
    }

    /** With the page's orientation (null: the sender left it to the default) and pages wide (kept only from 1 to 10). */
    public SheetPrint withPage(Boolean landscape, Integer fitToWidth) {
        Integer wide = fitToWidth != null && fitToWidth >= 1 && fitToWidth <= 10 ? fitToWidth : null;
        return new SheetPrint(titleRows, titleColumns, area, landscape, wide);
    }

    /** The ranges of a defined name's formula, without sheet names and {@code $}; none for anything else. */
    private static String[] parts(String formula) {
        if (formula == null || formula.isBlank() || formula.length() > 500) {
            return new String[0];
        }
        String[] parts = formula.split(",");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            parts[i] = p.substring(p.lastIndexOf('!') + 1).replace("$", "");
        }
        return parts;
    }

    /** The range when it lies within the sheet's limits, first before last; otherwise what was there before. */
    private static CellRangeAddress checked(int firstRow, int lastRow, int firstColumn, int lastColumn, CellRangeAddress otherwise) {
        boolean rowsOk = firstRow == -1 && lastRow == -1 || firstRow >= 0 && firstRow <= lastRow && lastRow <= LIMITS.getLastRowIndex();
        boolean columnsOk = firstColumn == -1 && lastColumn == -1
                || firstColumn >= 0 && firstColumn <= lastColumn && lastColumn <= LIMITS.getLastColumnIndex();
        return rowsOk && columnsOk ? new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn) : otherwise;
    }
}
