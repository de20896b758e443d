package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;

/**
 * Value cells as hospitals type them, in real workbooks written with POI and read back: each hostile
 * cell gives its own finding on its own sheet and cell, with a Chinese message naming the element.
 */
class CellValuesTest {
    @TempDir Path dir;

    /** A long table on sheet 季报: header in row 4, one element per row from row 5 (label in B, value in C). */
    static Sheet table(Workbook wb) {
        return put(wb.createSheet("季报"), c(0, 0, "医疗机构代码"), c(0, 1, Fixtures.HOSPITAL), c(1, 0, "报告期"), c(1, 1, "2026年第三季度"),
                c(3, 1, "指标名称"), c(3, 2, "本期数值"));
    }

    /** Row {@code r} of the table: label in B; the value cell in C (created blank, for the caller to fill). */
    static Cell row(Sheet s, int r, String label) {
        put(s, c(r, 1, label));
        return s.getRow(r).createCell(2);
    }

    ReadResult read(Workbook wb, String name) throws Exception {
        Path file = Fixtures.save(wb, dir.resolve(name));
        WorkbookOpener.Opened o = new WorkbookOpener(Limits.defaults()).open(file);
        return WorkbookReader.read(o.grid(), Fixtures.context());
    }

    static Map<String, String> values(ReadResult r) {
        return r.values().stream().collect(Collectors.toMap(ReadCell::element, x -> x.value().stripTrailingZeros().toPlainString()));
    }

    static Finding only(ReadResult r, String rule) {
        List<Finding> f = r.findings().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, f.size(), rule + " in " + r.findings());
        Finding x = f.get(0);
        assertTrue(x.message().matches("(?s).*[\\u4e00-\\u9fa5].*"), x.message());
        return x;
    }

    static CellStyle format(Workbook wb, String f) {
        CellStyle st = wb.createCellStyle();
        st.setDataFormat(wb.createDataFormat().getFormat(f));
        return st;
    }

    @Test
    void hostileCellsEachGetTheirOwnFindingOnTheirOwnCell() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = table(wb);
        row(s, 4, "出院患者人数").setCellValue("12,345人次");
        row(s, 5, "出院患者手术台次").setCellValue("1,2345");
        Cell date = row(s, 6, "择期手术台次");
        date.setCellValue(LocalDateTime.of(2026, 7, 1, 0, 0));
        date.setCellStyle(format(wb, "yyyy-mm-dd"));
        row(s, 7, "日间手术台次").setCellErrorValue(FormulaError.DIV0.getCode());
        Cell noCache = row(s, 8, "DRG入组病例数");
        noCache.setCellFormula("9000+0");
        if (((XSSFCell) noCache).getCTCell().isSetV()) {
            ((XSSFCell) noCache).getCTCell().unsetV();
        }
        row(s, 9, "出院患者微创手术台次").setCellValue(true);
        row(s, 10, "推行分时段预约诊疗").setCellValue(true);
        row(s, 11, "设置急诊科").setCellValue(false);
        row(s, 12, "按临床路径管理的出院患者数").setCellValue("  ");
        row(s, 13, "出院者占用总床日数").setCellValue("80000日");
        ReadResult r = read(wb, "hostile.xlsx");

        assertEquals(Map.of("discharges", "12345", "timeslot_appointment", "1", "has_emergency_dept", "0",
                "bed_days_discharged", "80000"), values(r));
        Finding sep = only(r, "read_separator");
        assertEquals(List.of("季报", "C6", "surgery_ops", "1,2345"), List.of(sep.sheet(), sep.cell(), sep.element(), sep.valueSeen()));
        assertTrue(sep.message().startsWith("出院患者手术台次：「1,2345」中的逗号不是千分位分隔符"), sep.message());
        Finding d = only(r, "read_date_cell");
        assertEquals(List.of("季报", "C7", "elective_ops"), List.of(d.sheet(), d.cell(), d.element()));
        assertTrue(d.message().startsWith("择期手术台次：单元格是日期格式（2026-07-01T00:00），不是数值"), d.message());
        Finding err = only(r, "read_cell_error");
        assertEquals(List.of("季报", "C8", "daysurgery_ops"), List.of(err.sheet(), err.cell(), err.element()));
        assertEquals("日间手术台次：单元格是错误值 #DIV/0!", err.message());
        Finding f = only(r, "read_formula_no_cache");
        assertEquals(List.of("季报", "C9", "drg_cases"), List.of(f.sheet(), f.cell(), f.element()));
        assertTrue(f.message().contains("公式「=9000+0」没有保存计算结果"), f.message());
        assertTrue(f.valueSeen().startsWith("=9000+0 → "), f.valueSeen());
        Finding bool = only(r, "read_not_a_number");
        assertEquals(List.of("C10", "surgery_mis_ops"), List.of(bool.cell(), bool.element()));
        assertEquals("出院患者微创手术台次：单元格是逻辑值 true，不是数值", bool.message());
        assertTrue(r.findings().stream().allMatch(x -> x.severity() == io.hqd.ingest.Severity.ERROR), r.findings().toString());
        ReadCell blank = r.cells().stream().filter(x -> x.element().equals("cp_discharges")).findFirst().orElseThrow();
        assertEquals("", blank.rawText(), "spaces only: a blank input cell, kept for its location");
        assertEquals("C13", blank.where().cell());
    }

    @Test
    void percentRowsFollowTheCellFormatAndWarnOnABareFractionAtTheEdge() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = table(wb);
        Cell formatted = row(s, 4, "居民健康素养水平");
        formatted.setCellValue(0.3421);
        formatted.setCellStyle(format(wb, "0.00%"));
        row(s, 5, "重大慢性病过早死亡率").setCellValue(0.3547);
        row(s, 6, "15岁以上人群吸烟率").setCellValue(1);
        row(s, 7, "城乡居民达到《国家体质测定标准》合格以上人数比例").setCellValue("0.99");
        ReadResult r = read(wb, "percent.xlsx");

        assertEquals(Map.of("health_literacy_rate", "34.21", "premature_chronic_mortality", "0.3547",
                "smoking_rate_15plus", "1", "fitness_pass_rate", "0.99"), values(r));
        List<Finding> warned = r.findings().stream().filter(x -> x.rule().equals("read_percent_fraction")).toList();
        assertEquals(List.of("C6", "C8"), warned.stream().map(Finding::cell).toList(), "exactly 1 is 1 %; a %-formatted cell shows 34.21 %");
        Finding w = warned.get(0);
        assertEquals(io.hqd.ingest.Severity.WARNING, w.severity());
        assertEquals("季报", w.sheet());
        assertEquals("premature_chronic_mortality", w.element());
        assertEquals("重大慢性病过早死亡率：单位是 %，填的却是 0.3547。如果是 35.47%，请改填 35.47；确实不足 1% 时请由统计人员确认", w.message());
    }

    @Test
    void valuesInHiddenRowsAndColumnsAreReadWithAWarningOnAVisibleSheetOnly() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = table(wb);
        row(s, 4, "出院患者人数").setCellValue(100);
        row(s, 5, "出院患者手术台次").setCellValue(40);
        s.getRow(5).setZeroHeight(true);
        ReadResult r = read(wb, "hidden-row.xlsx");
        assertEquals(Map.of("discharges", "100", "surgery_ops", "40"), values(r));
        Finding h = only(r, "read_hidden");
        assertEquals(List.of("季报", "C6", "surgery_ops"), List.of(h.sheet(), h.cell(), h.element()));
        assertEquals(io.hqd.ingest.Severity.WARNING, h.severity());

        XSSFWorkbook col = new XSSFWorkbook();
        Sheet t = table(col);
        row(t, 4, "出院患者人数").setCellValue(100);
        t.setColumnHidden(2, true);
        assertEquals("C5", only(read(col, "hidden-col.xlsx"), "read_hidden").cell());

        XSSFWorkbook hiddenSheet = new XSSFWorkbook();
        Sheet u = table(hiddenSheet);
        row(u, 4, "出院患者人数").setCellValue(100);
        u.getRow(4).setZeroHeight(true);
        hiddenSheet.setSheetHidden(0, true);
        ReadResult hs = read(hiddenSheet, "hidden-sheet.xlsx");
        Finding sheetNote = only(hs, "read_hidden");
        assertNull(sheetNote.cell(), "one note for the hidden sheet, not one per row inside it");
        assertTrue(sheetNote.message().startsWith("工作表「季报」是隐藏的，其中的数值已读取"), sheetNote.message());
        assertFalse(sheetNote.blocksFile());
    }

    @Test
    void cellTextShowsNumbersAsTypedAndLooksThroughMergedCells() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            put(s, c(0, 0, 12.0), c(0, 1, 0.5), c(0, 2, "  文字 "), c(0, 3, "=1+1"));
            s.getRow(0).createCell(4).setCellValue(true);
            s.getRow(0).createCell(5).setCellErrorValue(FormulaError.NA.getCode());
            s.getRow(0).createCell(6);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(List.of("12", "0.5", "文字", "2", "true", "", ""),
                    java.util.stream.IntStream.range(0, 7).mapToObj(i -> CellText.text(Grids.of(s.getRow(0).getCell(i)))).toList());
            assertEquals("", CellText.text(null));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 2, 0, 1));
            assertEquals("12", CellText.mergedText(Grids.of(s), 2, 1), "a cell inside a merged block shows the block's text");
            assertEquals("文字", CellText.mergedText(Grids.of(s), 0, 2));
            assertEquals("", CellText.mergedText(Grids.of(s), 5, 5), "a row that does not exist");
            assertInstanceOf(NumberText.Missing.class, CellText.number(null, ReadingRulesTest.COUNT));
            assertInstanceOf(NumberText.Missing.class, CellText.number(Grids.of(s.getRow(0).getCell(6)), ReadingRulesTest.COUNT));
            assertEquals(new BigDecimal("2"), ((NumberText.Value) CellText.number(Grids.of(s.getRow(0).getCell(3)), ReadingRulesTest.COUNT)).value(),
                    "an .xls formula by its cached result");
            assertEquals(ReadRule.CELL_ERROR, ((NumberText.Problem) CellText.number(Grids.of(s.getRow(0).getCell(5)), ReadingRulesTest.COUNT)).rule());
        }
    }

    @Test
    void percentFormatsAreRecognisedOnlyOutsideQuotesAndEscapes() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Cell cell = wb.createSheet("s").createRow(0).createCell(0);
            for (String f : List.of("0%", "0.0%", "#,##0.00%;[Red]-#,##0.00%")) {
                cell.setCellStyle(format(wb, f));
                assertTrue(CellText.percentFormatted(Grids.of(cell)), f);
            }
            for (String f : List.of("0.00\"%\"", "0.00\\%", "General", "0.00")) {
                cell.setCellStyle(format(wb, f));
                assertFalse(CellText.percentFormatted(Grids.of(cell)), f);
            }
        }
    }
}
