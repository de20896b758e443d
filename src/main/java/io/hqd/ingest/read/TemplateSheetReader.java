package io.hqd.ingest.read;

import static io.hqd.ingest.template.TemplateLayout.HEADERS;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;
import io.hqd.ingest.template.TemplateLayout;

/** Reads hqd's own 填报表: rows found by their 指标代码, the value from the 本期数值 column wherever it now is. */
final class TemplateSheetReader {
    private static final int SEARCH_ROWS = 30;

    private TemplateSheetReader() {
    }

    /** False when the sheet has no 指标代码/本期数值 header (the caller then reads it as a free-form table). */
    static boolean read(Sheet sheet, ReadContext ctx, Collector out) {
        int headerRow = -1, codeCol = -1, valueCol = -1, previousCol = -1;
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), SEARCH_ROWS) && headerRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String t = NumberText.normalize(CellText.text(row.getCell(c)));
                if (t.equals(HEADERS.get(TemplateLayout.COL_CODE))) {
                    codeCol = c;
                } else if (t.equals(HEADERS.get(TemplateLayout.COL_VALUE))) {
                    valueCol = c;
                } else if (t.equals(HEADERS.get(TemplateLayout.COL_PREVIOUS))) {
                    previousCol = c;
                }
            }
            if (codeCol >= 0 && valueCol >= 0) {
                headerRow = r;
            } else {
                codeCol = valueCol = previousCol = -1;
            }
        }
        if (headerRow < 0) {
            return false;
        }
        int filled = 0, previousFilled = 0;
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String code = NumberText.normalize(CellText.text(row.getCell(codeCol)));
            if (code.isEmpty()) {
                continue;
            }
            Indicator element = ctx.matcher().element(code);
            if (element == null) {
                String raw = CellText.text(row.getCell(valueCol));
                if (!raw.isEmpty()) {
                    out.add(Finding.at(CellRef.of(sheet.getSheetName(), r, valueCol), ReadRule.UNKNOWN_ROW.id,
                            ReadRule.UNKNOWN_ROW.severity, "指标代码「" + code + "」不在指标目录中，该行数值未读取", raw, null), null);
                }
                continue;
            }
            out.value(sheet, false, row, valueCol, element, null);
            filled += CellText.text(row.getCell(valueCol)).isEmpty() ? 0 : 1;
            previousFilled += previousCol >= 0 && !CellText.text(row.getCell(previousCol)).isEmpty() ? 1 : 0;
        }
        if (filled == 0 && previousFilled > 0) {
            String valueLetter = org.apache.poi.ss.util.CellReference.convertNumToColString(valueCol);
            String previousLetter = org.apache.poi.ss.util.CellReference.convertNumToColString(previousCol);
            out.add(ReadRule.WRONG_COLUMN.file("工作表「" + sheet.getSheetName() + "」的「本期数值」列（" + valueLetter
                    + " 列）一个数字也没有，而「上期数值」列（" + previousLetter + " 列）有 " + previousFilled
                    + " 个数字。「上期数值」是系统带出的上期数据，不会读取；请把本期数字填在「本期数值」列（" + valueLetter + " 列）后重新报送"), null);
        }
        return true;
    }
}
