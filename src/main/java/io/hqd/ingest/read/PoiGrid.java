package io.hqd.ingest.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A workbook opened by POI's usermodel, as a {@link Grid}: how .xls files (BIFF8, no streaming form worth
 * writing) are read. .xlsx files are streamed by {@link XlsxGrid} instead; both give the same grid.
 */
public final class PoiGrid {
    private PoiGrid() {
    }

    public static Grid of(Workbook wb) {
        boolean date1904 = wb instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook h ? h.getInternalWorkbook().isUsing1904DateWindowing()
                : wb instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook x && x.isDate1904();
        List<GridSheet> sheets = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            GridSheet.Visibility v = wb.isSheetVeryHidden(i) ? GridSheet.Visibility.VERY_HIDDEN
                    : wb.isSheetHidden(i) ? GridSheet.Visibility.HIDDEN : GridSheet.Visibility.VISIBLE;
            sheets.add(sheet(wb.getSheetAt(i), v, date1904));
        }
        return new Grid(sheets);
    }

    /** One sheet of a usermodel workbook (tests build sheets in memory and read them this way). */
    public static GridSheet sheet(Sheet s, GridSheet.Visibility visibility, boolean date1904) {
        int last = s.getLastRowNum();
        GridRow[] rows = new GridRow[last < 0 || s.getPhysicalNumberOfRows() == 0 ? 0 : last + 1];
        int maxCol = -1;
        for (Row r : s) {
            int first = r.getFirstCellNum();
            int end = r.getLastCellNum();
            GridCell[] cells = new GridCell[first < 0 ? 0 : end - first];
            for (Cell c : r) {
                cells[c.getColumnIndex() - first] = cell(c, date1904);
            }
            maxCol = Math.max(maxCol, end);
            float height = r.isFormatted() || r.getHeight() != s.getDefaultRowHeight() ? r.getHeightInPoints() : -1;
            rows[r.getRowNum()] = new GridRow(r.getRowNum(), r.getZeroHeight(), height, Math.max(first, 0), cells);
        }
        BitSet hidden = new BitSet();
        Map<Integer, Integer> widths = new HashMap<>();
        for (int c = 0; c < Math.max(maxCol, 0); c++) {
            hidden.set(c, s.isColumnHidden(c));
            if (s.getColumnWidth(c) != GridSheet.DEFAULT_COLUMN_WIDTH) {
                widths.put(c, s.getColumnWidth(c));
            }
        }
        List<CellRangeAddress> merged = s.getMergedRegions();
        return new GridSheet(s.getSheetName(), visibility, rows, s.getPhysicalNumberOfRows(), merged, hidden, widths, print(s));
    }

    /** The sheet's print titles, print area and page setup; whatever POI cannot parse is left out, never fails the file. */
    private static SheetPrint print(Sheet s) {
        SheetPrint p = SheetPrint.NONE;
        try {
            Workbook wb = s.getWorkbook();
            p = p.withArea(wb.getPrintArea(wb.getSheetIndex(s)));
            CellRangeAddress rows = s.getRepeatingRows(), columns = s.getRepeatingColumns();
            p = p.withTitles(String.join(",", rows == null ? "" : (rows.getFirstRow() + 1) + ":" + (rows.getLastRow() + 1),
                    columns == null ? "" : CellReference.convertNumToColString(columns.getFirstColumn()) + ":"
                            + CellReference.convertNumToColString(columns.getLastColumn())));
        } catch (RuntimeException e) {
            // a defined name POI cannot parse: the copy is set up as hqd's own sheets are
        }
        try {
            org.apache.poi.ss.usermodel.PrintSetup ps = s.getPrintSetup();
            // .xls stores portrait for "not set" too: only its landscape is a choice the sender made
            Boolean landscape = ps instanceof org.apache.poi.xssf.usermodel.XSSFPrintSetup x
                    ? x.getOrientation() == org.apache.poi.ss.usermodel.PrintOrientation.DEFAULT ? null : ps.getLandscape()
                    : ps.getLandscape() ? Boolean.TRUE : null;
            return p.withPage(landscape, s.getFitToPage() ? (int) ps.getFitWidth() : null);
        } catch (RuntimeException e) {
            return p; // a page setup the schema does not allow (orientation="sideways"): left to hqd's own
        }
    }

    static GridCell cell(Cell c, boolean date1904) {
        boolean formula = c.getCellType() == CellType.FORMULA;
        CellType t = formula ? c.getCachedFormulaResultType() : c.getCellType();
        boolean cached = !(formula && c instanceof XSSFCell x && (!x.getCTCell().isSetV() || x.getCTCell().getV().isBlank()));
        CellStyle st = c.getCellStyle();
        int formatIndex = st == null ? 0 : st.getDataFormat();
        String format = st == null ? null : st.getDataFormatString();
        boolean wrap = st != null && st.getWrapText();
        String f = formula ? c.getCellFormula() : null;
        return switch (t) {
            case NUMERIC -> new GridCell(GridCell.Type.NUMERIC, c.getNumericCellValue(), null, f, cached, formatIndex, format, wrap, date1904);
            case STRING -> new GridCell(GridCell.Type.STRING, 0, c.getRichStringCellValue().getString(), f, cached, formatIndex, format, wrap, date1904);
            case BOOLEAN -> new GridCell(GridCell.Type.BOOLEAN, c.getBooleanCellValue() ? 1 : 0, null, f, cached, formatIndex, format, wrap, date1904);
            case ERROR -> new GridCell(GridCell.Type.ERROR, 0, errorText(c.getErrorCellValue()), f, cached, formatIndex, format, wrap, date1904);
            default -> new GridCell(GridCell.Type.BLANK, 0, null, f, cached, formatIndex, format, wrap, date1904);
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#错误";
        }
    }
}
