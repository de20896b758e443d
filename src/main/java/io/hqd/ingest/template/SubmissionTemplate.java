package io.hqd.ingest.template;

import static io.hqd.ingest.template.TemplateLayout.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.ingest.ElementDomain;

/**
 * Writes the Excel template a hospital or bureau fills in for one period: a protected sheet 填报表
 * where only the 本期数值 cells are editable (with data validation from the catalog), and a
 * very hidden sheet {@code _hqd} that names the template, reporter and period for the reader.
 * The sheet is protected without a password: protection guards against slips, not against people.
 */
public final class SubmissionTemplate {

    /**
     * 2026.2 added the form identity, deadline and signature block (no element row moved); the reader
     * finds rows by the header, so 2026.1 files already sent out read as before, with a note.
     */
    public static final String VERSION = "2026.2";
    /** 表号 of the hospital and region forms. */
    public static final String FORM_HOSPITAL = "卫健高质量监测1表";
    public static final String FORM_REGION = "卫健高质量监测2表";
    /** Days after the quarter's end a form is due, as {@code submission.due-days} defaults. */
    public static final int DUE_DAYS = 15;

    private SubmissionTemplate() {
    }

    /** Blank when filled is empty; filled maps element code -> Number (numeric cell) or String (written as a text cell, as clerks do). */
    public static void write(TemplateRequest request, Map<String, ?> filled, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(wb);
            XSSFSheet sheet = wb.createSheet(SHEET);
            writeHeader(sheet, styles, request);
            int last = writeRows(sheet, styles, request, filled == null ? Map.of() : filled);
            writeSignature(sheet, styles, last + 1 + SIGNATURE_GAP);
            io.hqd.xlsx.Paper.a4Landscape(sheet, title(request), HEADER_ROW + 1);
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, COL_DEFINITION, 0, last + 1 + SIGNATURE_GAP + 2);
            MilestoneSheet.write(wb, styles, request.milestones(), title(request));
            writeMeta(wb, request);
            wb.setActiveSheet(0);
            io.hqd.xlsx.Paper.chineseFonts(wb);
            wb.lockStructure();
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                wb.write(os);
            }
        }
    }

    /** The elements a reporter of this type fills in for this year: catalog elements with level hospital/region valid in the year. */
    public static List<Indicator> elementsFor(Catalog catalog, ReporterType type, int year) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator i : catalog.indicators()) {
            if (i.isElement() && i.level() == type.level() && i.validIn(year)) {
                byCode.putIfAbsent(i.code(), i);
            }
        }
        return List.copyOf(byCode.values());
    }

    /** The title printed on the template (and on its receipt). */
    public static String title(TemplateRequest r) {
        return r.reporterName() + " " + r.period().label()
                + (r.type() == ReporterType.HOSPITAL ? " 公立医院高质量发展监测数据填报表" : " 区域卫生健康监测数据填报表");
    }

    private static void writeHeader(XSSFSheet sheet, TemplateStyles s, TemplateRequest r) {
        int[] widths = {6, 26, 34, 12, 16, 14, 60};
        // an element code is printed on one line (drug_consumable_exam_revenue broke after its last letter)
        for (Indicator e : r.elements()) {
            widths[COL_CODE] = Math.max(widths[COL_CODE], io.hqd.xlsx.WrappedText.oneLineWidth(e.code()));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        XSSFRow title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(28);
        text(title, 0, title(r), s.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COL_PREVIOUS));

        XSSFRow reporter = sheet.createRow(REPORTER_ROW);
        text(reporter, COL_CODE, r.type() == ReporterType.HOSPITAL ? "医疗机构代码" : "区划代码", s.label);
        text(reporter, COL_NAME, r.reporterCode(), s.fixed);
        text(reporter, COL_UNIT, "单位名称", s.label);
        text(reporter, COL_VALUE, r.reporterName(), s.fixed);
        sheet.addMergedRegion(new CellRangeAddress(REPORTER_ROW, REPORTER_ROW, COL_VALUE, COL_PREVIOUS));

        XSSFRow period = sheet.createRow(PERIOD_ROW);
        text(period, COL_CODE, "报告期", s.label);
        text(period, COL_NAME, r.period().code() + "（" + r.period().label() + "）", s.fixed);
        text(period, COL_UNIT, "模板版本", s.label);
        // the template id is wider than the two merged columns: wrapped, or it prints over the 有效期 beside it
        org.apache.poi.xssf.usermodel.XSSFCellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.cloneStyleFrom(s.fixed);
        wrapped.setWrapText(true);
        String version = VERSION + "　" + r.templateId();
        text(period, COL_VALUE, version, wrapped);
        sheet.addMergedRegion(new CellRangeAddress(PERIOD_ROW, PERIOD_ROW, COL_VALUE, COL_PREVIOUS));
        io.hqd.xlsx.WrappedText.fit(period, version, (sheet.getColumnWidth(COL_VALUE) + sheet.getColumnWidth(COL_PREVIOUS)) / 256.0);
        // the form's identity, top right as on every statistical form
        text(title, COL_FORM_ID, "表　　号：" + (r.type() == ReporterType.HOSPITAL ? FORM_HOSPITAL : FORM_REGION), s.formId);
        text(reporter, COL_FORM_ID, "制定机关：" + (r.issuer() == null ? "卫生健康行政部门" : r.issuer()), s.formId);
        text(period, COL_FORM_ID, "有效期至：" + r.period().end().getYear() + " 年 12 月 31 日", s.formId);

        XSSFRow note = sheet.createRow(NOTE_ROW);
        java.time.LocalDate due = r.period().end().plusDays(DUE_DAYS);
        text(note, 0, "报送截止：" + due.getYear() + " 年 " + due.getMonthValue() + " 月 " + due.getDayOfMonth() + " 日。"
                + "填报说明：只在黄色的「本期数值」列填写，按“单位”列的单位填数字（不要带单位、% 号或千分位逗号以外的文字）；"
                + "是/否类从下拉列表选择“是”或“否”；无此项请留空。请勿修改其他单元格、增删行或改动表名。"
                + "填好后由单位负责人审核，在表末签名栏填写后报送。", s.note);
        io.hqd.xlsx.WrappedText.fit(note, note.getCell(0).getStringCellValue(),
                java.util.stream.IntStream.rangeClosed(0, COL_DEFINITION).map(sheet::getColumnWidth).sum() / 256.0);
        sheet.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 0, COL_DEFINITION));

        XSSFRow header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(20);
        for (int c = 0; c < HEADERS.size(); c++) {
            text(header, c, HEADERS.get(c), s.header);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
    }

    /** Writes the element rows; returns the index of the last row written. */
    private static int writeRows(XSSFSheet sheet, TemplateStyles s, TemplateRequest r, Map<String, ?> filled) {
        Map<ElementDomain, List<Integer>> rowsByKind = new java.util.LinkedHashMap<>();
        int rowIndex = FIRST_DATA_ROW;
        int seq = 1;
        for (Indicator e : r.elements()) {
            XSSFRow row = sheet.createRow(rowIndex);
            Cell seqCell = row.createCell(COL_SEQ);
            seqCell.setCellValue(seq++);
            seqCell.setCellStyle(s.body);
            text(row, COL_CODE, e.code(), s.body);
            text(row, COL_NAME, e.name(), s.body);
            text(row, COL_UNIT, e.unit() == null ? "" : e.unit(), s.body);
            Cell value = row.createCell(COL_VALUE);
            value.setCellStyle(s.input);
            Object v = filled.get(e.code());
            if (v instanceof Number n) {
                value.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            } else if (v != null) {
                value.setCellValue(v.toString());
            }
            Cell previous = row.createCell(COL_PREVIOUS);
            previous.setCellStyle(s.reference);
            BigDecimal p = r.previousValues().get(e.code());
            if (p != null) {
                previous.setCellValue(p.doubleValue());
            }
            String definition = definition(e);
            text(row, COL_DEFINITION, definition, s.definition);
            // computed, not autosized (too slow for thousands of files)
            io.hqd.xlsx.WrappedText.fit(row, COL_CODE, e.code());
            io.hqd.xlsx.WrappedText.fit(row, COL_NAME, e.name());
            io.hqd.xlsx.WrappedText.fit(row, COL_DEFINITION, definition);
            rowsByKind.computeIfAbsent(ElementDomain.of(e), k -> new ArrayList<>()).add(rowIndex);
            rowIndex++;
        }
        addValidations(sheet, rowsByKind);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
        return rowIndex - 1;
    }

    /**
     * 单位负责人 / 统计负责人 / 填表人 / 联系电话 / 报出日期, below the last element. Labels sit in the code
     * column with the 本期数值 column left empty, which the reader passes over.
     */
    private static void writeSignature(XSSFSheet sheet, TemplateStyles s, int first) {
        String[][] rows = {{"单位负责人：", "统计负责人："}, {"填表人：", "联系电话："}, {"报出日期：", ""}};
        for (int i = 0; i < rows.length; i++) {
            XSSFRow row = sheet.createRow(first + i);
            row.setHeightInPoints(22);
            text(row, COL_CODE, rows[i][0], s.signLabel);
            text(row, COL_NAME, i == 2 ? "　　　　年　　月　　日" : "", s.signField);
            if (!rows[i][1].isEmpty()) {
                text(row, COL_PREVIOUS, rows[i][1], s.signLabel);
                text(row, COL_DEFINITION, "", s.signField);
            }
        }
    }

    static String definition(Indicator e) {
        return e.definition() == null ? "" : e.definition();
    }

    /** One validation per element domain (its range and unit), over all its rows: a few validations instead of one per row. */
    private static void addValidations(XSSFSheet sheet, Map<ElementDomain, List<Integer>> rowsByKind) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (Map.Entry<ElementDomain, List<Integer>> entry : rowsByKind.entrySet()) {
            DataValidationConstraint constraint = constraint(helper, entry.getKey());
            CellRangeAddressList ranges = new CellRangeAddressList();
            List<Integer> rows = entry.getValue();
            int start = rows.get(0);
            int prev = start;
            for (int i = 1; i <= rows.size(); i++) {
                if (i == rows.size() || rows.get(i) != prev + 1) {
                    ranges.addCellRangeAddress(start, COL_VALUE, prev, COL_VALUE);
                    if (i < rows.size()) {
                        start = rows.get(i);
                    }
                }
                if (i < rows.size()) {
                    prev = rows.get(i);
                }
            }
            DataValidation dv = helper.createValidation(constraint, ranges);
            String rule = entry.getKey().describe();
            dv.setShowErrorBox(true);
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox("填写有误", rule);
            dv.setShowPromptBox(true);
            dv.createPromptBox("本期数值", rule);
            dv.setEmptyCellAllowed(true);
            sheet.addValidationData(dv);
        }
    }

    /** Excel's own input check for an element domain (the range rule checks the same domain on arrival). */
    static DataValidationConstraint constraint(DataValidationHelper helper, ElementDomain domain) {
        return switch (domain.kind()) {
            case FLAG -> helper.createExplicitListConstraint(new String[] {"是", "否"}); // the reader takes 是/否 and 1/0
            case LEVEL -> helper.createIntegerConstraint(OperatorType.BETWEEN, domain.min().toPlainString(), domain.max().toPlainString());
            case PERCENT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
            case DECIMAL -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        };
    }

    private static void writeMeta(XSSFWorkbook wb, TemplateRequest r) {
        XSSFSheet meta = wb.createSheet(META_SHEET);
        String[][] rows = {
                {KEY_TEMPLATE_ID, r.templateId()},
                {KEY_VERSION, VERSION},
                {KEY_REPORTER_TYPE, r.type().dbValue()},
                {KEY_REPORTER_CODE, r.reporterCode()},
                {KEY_REPORTER_NAME, r.reporterName()},
                {KEY_PERIOD, r.period().code()},
                {KEY_ELEMENTS, String.valueOf(r.elements().size())},
        };
        for (int i = 0; i < rows.length; i++) {
            XSSFRow row = meta.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        meta.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    }

    private static void text(XSSFRow row, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
