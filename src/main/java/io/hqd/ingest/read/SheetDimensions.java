package io.hqd.ingest.read;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Refuses absurd sheets of an .xls (an .xlsx's sheets are measured while they stream, in {@link XlsxGrid}):
 * a quarterly report has a few hundred rows.
 */
final class SheetDimensions {

    private final Limits limits;

    SheetDimensions(Limits limits) {
        this.limits = limits;
    }

    void check(Workbook wb) throws RejectedFileException {
        for (Sheet s : wb) {
            if (s.getLastRowNum() >= limits.maxRows()) {
                throw tooBig("工作表「" + s.getSheetName() + "」行数超过 " + limits.maxRows());
            }
            for (Row row : s) {
                if (row.getLastCellNum() > limits.maxColumns()) {
                    throw tooBig("工作表「" + s.getSheetName() + "」列数超过 " + limits.maxColumns());
                }
            }
        }
    }

    private RejectedFileException tooBig(String what) {
        return FileRule.TOO_MANY_CELLS.reject("表格尺寸异常（" + what + "），不是正常的季度报表，已拒收");
    }
}
