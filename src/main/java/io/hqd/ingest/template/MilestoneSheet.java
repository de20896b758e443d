package io.hqd.ingest.template;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.evaluate.milestone.MilestoneState;

/**
 * The 规划任务 sheet of a template: one row per qualitative commitment the reporter answers for
 * (a relocation, a centre to build, rules to issue), with the plan's words and due date, and four
 * input cells: state (未启动 / 推进中 / 已完成), the state's date, a short evidence text and the
 * document number or link that proves it. Written only when the reporter has commitments.
 */
public final class MilestoneSheet {

    public static final String SHEET = "规划任务";
    public static final int HEADER_ROW = 1;
    public static final int COL_CODE = 0, COL_PLAN = 1, COL_DELIVERABLE = 2, COL_DUE = 3, COL_LAST = 4,
            COL_STATE = 5, COL_DATE = 6, COL_EVIDENCE = 7, COL_DOCUMENT = 8;
    public static final List<String> HEADERS = List.of("任务代码", "规划及条款", "承诺内容（规划原文）", "期限",
            "上期状态", "本期进展状态", "状态日期", "进展说明", "证明文件文号或链接");

    /**
     * One commitment as the template shows it; {@code lastState} is what the unit reported last period,
     * {@code fill} what is already entered (null for a blank template; the demo fills it).
     */
    public record Item(String targetCode, String planAndClause, String deliverable, LocalDate due, String lastState,
                       Fill fill) {
        public Item(String targetCode, String planAndClause, String deliverable, LocalDate due, String lastState) {
            this(targetCode, planAndClause, deliverable, due, lastState, null);
        }

        public Item filled(Fill f) {
            return new Item(targetCode, planAndClause, deliverable, due, lastState, f);
        }
    }

    /** The four input cells as a reporter fills them. */
    public record Fill(String state, LocalDate date, String evidence, String document) {
    }

    private MilestoneSheet() {
    }

    /** {@code title}: the form's title, printed in the page header with the sheet's name. */
    static void write(XSSFWorkbook wb, TemplateStyles s, List<Item> items, String title) {
        if (items.isEmpty()) {
            return;
        }
        XSSFSheet sheet = wb.createSheet(SHEET);
        int[] widths = {13, 24, 48, 12, 22, 14, 13, 36, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        XSSFRow note = sheet.createRow(0);
        note.setHeightInPoints(32);
        text(note, 0, "填报说明：每项任务在「本期进展状态」中选择 未启动 / 推进中 / 已完成；已完成的须填状态日期（完成日期，"
                + "格式 2026-05-08）、进展说明和证明文件文号或链接。无期限的任务按实际填写。", s.note);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, COL_DOCUMENT));
        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.size(); c++) {
            text(header, c, HEADERS.get(c), s.header);
        }
        int r = HEADER_ROW + 1;
        for (Item item : items) {
            XSSFRow row = sheet.createRow(r++);
            text(row, COL_CODE, item.targetCode(), s.body);
            text(row, COL_PLAN, item.planAndClause(), s.definition);
            text(row, COL_DELIVERABLE, item.deliverable(), s.definition);
            text(row, COL_DUE, item.due() == null ? "未定期限" : item.due().toString(), s.body);
            text(row, COL_LAST, item.lastState() == null ? "" : item.lastState(), s.reference);
            for (int c = COL_STATE; c <= COL_DOCUMENT; c++) {
                row.createCell(c).setCellStyle(s.input);
            }
            Fill f = item.fill();
            if (f != null) {
                row.getCell(COL_STATE).setCellValue(f.state() == null ? "" : f.state());
                row.getCell(COL_DATE).setCellValue(f.date() == null ? "" : f.date().toString());
                row.getCell(COL_EVIDENCE).setCellValue(f.evidence() == null ? "" : f.evidence());
                row.getCell(COL_DOCUMENT).setCellValue(f.document() == null ? "" : f.document());
            }
            io.hqd.xlsx.WrappedText.fit(row, COL_PLAN, item.planAndClause());
            io.hqd.xlsx.WrappedText.fit(row, COL_DELIVERABLE, item.deliverable());
        }
        int last = HEADER_ROW + items.size();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] states = java.util.Arrays.stream(MilestoneState.values()).map(MilestoneState::label).toArray(String[]::new);
        DataValidation state = helper.createValidation(helper.createExplicitListConstraint(states),
                new CellRangeAddressList(HEADER_ROW + 1, last, COL_STATE, COL_STATE));
        state.setShowErrorBox(true);
        state.createErrorBox("填写有误", "请选择 未启动 / 推进中 / 已完成");
        sheet.addValidationData(state);
        DataValidation date = helper.createValidation(
                helper.createDateConstraint(OperatorType.BETWEEN, "DATE(2015,1,1)", "DATE(2040,12,31)", "yyyy-MM-dd"),
                new CellRangeAddressList(HEADER_ROW + 1, last, COL_DATE, COL_DATE));
        date.setShowErrorBox(true);
        date.createErrorBox("填写有误", "请填日期，例如 2026-05-08");
        sheet.addValidationData(date);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        io.hqd.xlsx.Paper.a4Landscape(sheet, title, HEADER_ROW + 1);
        sheet.enableLocking();
    }

    private static void text(XSSFRow row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
