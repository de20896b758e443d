package io.hqd.ingest.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;

/**
 * Gathers value cells and findings while sheets are read. The same element read twice with different
 * numbers is a conflict: both are rejected, because choosing one would be a guess.
 */
final class Collector {
    private final List<ReadCell> cells = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    private final Map<String, ReadCell> firstByKey = new HashMap<>();
    private final Set<String> conflicted = new HashSet<>();
    private final Set<String> hiddenSheetsNoted = new HashSet<>();

    void value(Sheet sheet, boolean sheetHidden, Row row, int col, Indicator element, String hospital) {
        Cell c = row.getCell(col);
        CellRef where = CellRef.of(sheet.getSheetName(), row.getRowNum(), col);
        String raw = c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? "=" + c.getCellFormula() + " → " + CellText.text(c) : CellText.text(c);
        NumberText.Parsed parsed = CellText.number(c, element);
        BigDecimal value = null;
        switch (parsed) {
            case NumberText.Value v -> value = v.value();
            case NumberText.Problem p -> add(Finding.at(where, p.rule().id, p.rule().severity,
                    element.name() + "：" + p.message(), raw, element.code()), hospital);
            case NumberText.Missing m -> { }
        }
        if (raw.isEmpty() && value == null) {
            // A blank input cell: kept (without a value) so a missing required figure can point at its cell.
            cells.add(new ReadCell(element.code(), where, "", null, hospital));
            return;
        }
        if (value != null) {
            if (sheetHidden && hiddenSheetsNoted.add(sheet.getSheetName())) {
                add(Finding.at(new CellRef(sheet.getSheetName(), null), ReadRule.HIDDEN.id, ReadRule.HIDDEN.severity,
                        "工作表「" + sheet.getSheetName() + "」是隐藏的，其中的数值已读取，请确认是否应当报送", null, null), hospital);
            } else if (!sheetHidden && (row.getZeroHeight() || sheet.isColumnHidden(col))) {
                add(Finding.at(where, ReadRule.HIDDEN.id, ReadRule.HIDDEN.severity,
                        element.name() + "：数值位于隐藏的行或列中，已读取，请确认", raw, element.code()), hospital);
            }
            String key = element.code() + "|" + hospital;
            ReadCell first = firstByKey.putIfAbsent(key, new ReadCell(element.code(), where, raw, value, hospital));
            if (first != null && first.value().compareTo(value) != 0 && conflicted.add(key)) {
                add(Finding.at(where, ReadRule.CONFLICT.id, ReadRule.CONFLICT.severity,
                        element.name() + "：在 " + first.where() + " 填了 " + first.value().toPlainString() + "，在 "
                                + where + " 又填了 " + value.toPlainString() + "，无法确定以哪个为准", raw, element.code()), hospital);
            } else if (first != null) {
                value = null; // the same number again: keep the first cell's lineage
            }
        }
        cells.add(new ReadCell(element.code(), where, raw, value, hospital));
    }

    void add(Finding f, String hospital) {
        findings.add(hospital == null ? f : f.withHospital(hospital));
    }

    List<ReadCell> cells() {
        List<ReadCell> out = new ArrayList<>(cells.size());
        for (ReadCell c : cells) {
            boolean reject = c.value() != null && conflicted.contains(c.element() + "|" + c.hospital());
            out.add(reject ? new ReadCell(c.element(), c.where(), c.rawText(), null, c.hospital()) : c);
        }
        return out;
    }
}
