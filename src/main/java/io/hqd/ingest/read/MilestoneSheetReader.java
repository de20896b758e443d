package io.hqd.ingest.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.DateUtil;

import io.hqd.evaluate.milestone.MilestoneState;
import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.template.MilestoneSheet;
import io.hqd.warehouse.Periods;

/**
 * Reads the 规划任务 sheet back: one entry per row with a state. A state outside the three, a date
 * that is not a date or lies after the period, and 已完成 without evidence and proof are errors on
 * that cell (the row is not loaded); a blank state means nothing was reported (the commitment then
 * shows 无数据).
 */
public final class MilestoneSheetReader {

    public static final String RULE_STATE = MilestoneRule.STATE.id;
    public static final String RULE_DATE = MilestoneRule.DATE.id;
    public static final String RULE_PROOF = MilestoneRule.PROOF.id;
    public static final String RULE_UNKNOWN = MilestoneRule.UNKNOWN.id;

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    /** A state reported for one commitment, and the cell it came from. */
    public record Entry(String targetCode, MilestoneState state, LocalDate date, String evidence, String document,
                        CellRef where) {
    }

    private MilestoneSheetReader() {
    }

    public static List<Entry> read(GridSheet sheet, Periods period, Predicate<String> knownCode, List<Finding> findings) {
        List<Entry> out = new ArrayList<>();
        String name = sheet.name();
        for (int r = MilestoneSheet.HEADER_ROW + 1; r <= sheet.lastRow(); r++) {
            GridRow row = sheet.row(r);
            if (row == null) {
                continue;
            }
            String code = CellText.text(row.cell(MilestoneSheet.COL_CODE)).strip();
            String stateText = CellText.text(row.cell(MilestoneSheet.COL_STATE)).strip();
            if (code.isEmpty() || stateText.isEmpty()) {
                continue;
            }
            CellRef stateCell = CellRef.of(name, r, MilestoneSheet.COL_STATE);
            if (!knownCode.test(code)) {
                findings.add(Finding.at(CellRef.of(name, r, MilestoneSheet.COL_CODE), RULE_UNKNOWN, Severity.WARNING,
                        "任务代码「" + code + "」不是本单位本期的规划任务，该行未读取", code, null));
                continue;
            }
            var state = MilestoneState.parse(stateText);
            if (state.isEmpty()) {
                findings.add(Finding.at(stateCell, RULE_STATE, Severity.ERROR,
                        "进展状态「" + stateText + "」应为 未启动 / 推进中 / 已完成 之一", stateText, code));
                continue;
            }
            GridCell dateCell = row.cell(MilestoneSheet.COL_DATE);
            String dateText = CellText.text(dateCell).strip();
            LocalDate date = null;
            if (!dateText.isEmpty()) {
                date = date(dateCell, dateText);
                CellRef at = CellRef.of(name, r, MilestoneSheet.COL_DATE);
                if (date == null) {
                    findings.add(Finding.at(at, RULE_DATE, Severity.ERROR, "状态日期「" + dateText + "」不是日期（例如 2026-05-08）", dateText, code));
                    continue;
                }
                if (date.isAfter(period.end())) {
                    findings.add(Finding.at(at, RULE_DATE, Severity.ERROR,
                            "状态日期 " + date + " 晚于报告期末 " + period.end() + "，请填写截至本期的实际日期", dateText, code));
                    continue;
                }
            }
            String evidence = CellText.text(row.cell(MilestoneSheet.COL_EVIDENCE)).strip();
            String document = CellText.text(row.cell(MilestoneSheet.COL_DOCUMENT)).strip();
            if (state.get() == MilestoneState.done && (date == null || evidence.isEmpty() || document.isEmpty())) {
                findings.add(Finding.at(stateCell, RULE_PROOF, Severity.ERROR,
                        "填报「已完成」须同时填写状态日期（完成日期）、进展说明和证明文件文号或链接", stateText, code));
                continue;
            }
            out.add(new Entry(code, state.get(), date, evidence, document, stateCell));
        }
        return out;
    }

    private static LocalDate date(GridCell cell, String text) {
        if (cell != null && CellText.dateFormatted(cell)) {
            return DateUtil.getLocalDateTime(cell.number(), cell.date1904()).toLocalDate();
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next way clerks write dates
            }
        }
        return null;
    }
}
