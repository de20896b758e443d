package io.hqd.ingest.template;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.ElementDomain;
import io.hqd.warehouse.Periods;

/**
 * The county-consolidated layout: a county bureau collects its hospitals' figures in one sheet,
 * one row per hospital (机构代码, 机构名称) and one column per element (headed by the catalog name).
 * The reader takes it as a wide table and loads one submission per hospital row.
 */
public final class ConsolidatedTemplate {
    public static final String SHEET = "汇总填报表";
    static final int HEADER_ROW = 3;
    static final int FIRST_ELEMENT_COL = 3;

    /** A hospital row: code and name, with the values already filled (empty map for a blank template). */
    public record HospitalRow(String code, String name, Map<String, ?> filled) {
    }

    private ConsolidatedTemplate() {
    }

    public static void write(String regionCode, String regionName, Periods period, List<Indicator> elements,
                             List<HospitalRow> hospitals, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateStyles s = new TemplateStyles(wb);
            XSSFSheet sheet = wb.createSheet(SHEET);
            int lastCol = FIRST_ELEMENT_COL + elements.size() - 1;
            XSSFRow title = sheet.createRow(0);
            text(title, 0, regionName + " " + period.label() + " 医疗机构监测数据汇总填报表", s.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(lastCol, 3)));
            XSSFRow region = sheet.createRow(1);
            text(region, 1, "区划代码", s.label);
            text(region, 2, regionCode, s.fixed);
            XSSFRow p = sheet.createRow(2);
            text(p, 1, "报告期", s.label);
            text(p, 2, period.code() + "（" + period.label() + "）", s.fixed);
            XSSFRow header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(45);
            s.header.setWrapText(true);
            text(header, 0, "序号", s.header);
            text(header, 1, "机构代码", s.header);
            text(header, 2, "机构名称", s.header);
            sheet.setColumnWidth(1, 13 * 256);
            sheet.setColumnWidth(2, 28 * 256);
            Map<ElementDomain, List<Integer>> colsByKind = new java.util.LinkedHashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                Indicator e = elements.get(i);
                int col = FIRST_ELEMENT_COL + i;
                text(header, col, e.name() + unitLabel(e), s.header);
                sheet.setColumnWidth(col, 14 * 256);
                colsByKind.computeIfAbsent(ElementDomain.of(e), k -> new ArrayList<>()).add(col);
            }
            int r = HEADER_ROW + 1;
            for (HospitalRow h : hospitals) {
                XSSFRow row = sheet.createRow(r);
                Cell seq = row.createCell(0);
                seq.setCellValue(r - HEADER_ROW);
                seq.setCellStyle(s.body);
                text(row, 1, h.code(), s.body);
                text(row, 2, h.name(), s.body);
                for (int i = 0; i < elements.size(); i++) {
                    Cell c = row.createCell(FIRST_ELEMENT_COL + i);
                    c.setCellStyle(s.input);
                    Object v = h.filled().get(elements.get(i).code());
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        c.setCellValue(v.toString());
                    }
                }
                r++;
            }
            if (!hospitals.isEmpty()) {
                validations(sheet, colsByKind, HEADER_ROW + 1, r - 1);
            }
            sheet.createFreezePane(FIRST_ELEMENT_COL, HEADER_ROW + 1);
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.enableLocking();
            XSSFSheet meta = wb.createSheet(TemplateLayout.META_SHEET);
            String[][] rows = {{TemplateLayout.KEY_TEMPLATE_ID, "HQD-C-" + regionCode + "-" + period.code() + "-" + SubmissionTemplate.VERSION},
                    {TemplateLayout.KEY_VERSION, SubmissionTemplate.VERSION}, {TemplateLayout.KEY_REPORTER_TYPE, "region"},
                    {TemplateLayout.KEY_REPORTER_CODE, regionCode}, {TemplateLayout.KEY_REPORTER_NAME, regionName},
                    {TemplateLayout.KEY_PERIOD, period.code()}, {"layout", "county_consolidated"}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow row = meta.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            io.hqd.xlsx.Paper.a4Landscape(sheet, regionName + " " + period.label() + " 医疗机构监测数据汇总填报表", HEADER_ROW + 1);
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("B:C"));
            // 120-odd columns cannot fit one page's width legibly: about ten element columns a page, code and name repeated
            sheet.getPrintSetup().setFitWidth((short) Math.max(1, (elements.size() + 9) / 10));
            io.hqd.xlsx.Paper.chineseFonts(wb);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
                wb.write(os);
            }
        }
    }

    /**
     * The unit after a column's name, "（万元）", as the reader strips it again (a trailing bracket of at most
     * 8 characters); yes/no items read （是/否）.
     */
    static String unitLabel(Indicator e) {
        String u = e.unit();
        if (u != null && u.startsWith("是/否")) {
            return "（是/否）";
        }
        return u == null || u.isBlank() || u.length() > 8 || u.matches(".*[()（）].*") ? "" : "（" + u + "）";
    }

    /** One validation per element domain (its range and unit), over all its columns. */
    private static void validations(XSSFSheet sheet, Map<ElementDomain, List<Integer>> colsByKind, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        colsByKind.forEach((domain, cols) -> {
            DataValidationConstraint constraint = SubmissionTemplate.constraint(helper, domain);
            CellRangeAddressList ranges = new CellRangeAddressList();
            cols.forEach(c -> ranges.addCellRangeAddress(firstRow, c, lastRow, c));
            DataValidation dv = helper.createValidation(constraint, ranges);
            dv.setShowErrorBox(true);
            dv.createErrorBox("填写有误", domain.describe());
            dv.setEmptyCellAllowed(true);
            sheet.addValidationData(dv);
        });
    }

    private static void text(XSSFRow row, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
