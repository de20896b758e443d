package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;

class WorkbookReaderTest {
    @TempDir Path dir;
    final WorkbookOpener opener = new WorkbookOpener(Limits.defaults());

    ReadResult read(Path file) throws Exception {
        WorkbookOpener.Opened o = opener.open(file);
        return WorkbookReader.read(o.grid(), Fixtures.context());
    }

    static Map<String, BigDecimal> values(ReadResult r) {
        return r.values().stream().collect(Collectors.toMap(ReadCell::element, ReadCell::value));
    }

    static Finding finding(ReadResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + rule + " in " + r.findings()));
    }

    @Test
    void readsOwnTemplateWithClerkQuirksAndLineage() throws Exception {
        Map<String, Object> filled = new HashMap<>();
        filled.put("discharges", 15000);
        filled.put("surgery_ops", "4,000");
        filled.put("surgery_mis_ops", "１２３");
        filled.put("medical_revenue", "12.5万元");
        filled.put("elective_ops", "—");
        filled.put("daysurgery_ops", "约300");
        filled.put("cp_discharges", "35%");
        filled.put("emr_level", 5);
        filled.put("timeslot_appointment", "是");
        Path file = Fixtures.template(dir.resolve("own.xlsx"), Fixtures.HOSPITAL, "2026Q3", filled);

        ReadResult r = read(file);
        assertTrue(r.ownTemplate());
        assertEquals(Fixtures.HOSPITAL, r.reporterCode());
        assertEquals("2026Q3", r.period());
        assertEquals("hospital", r.reporterType());
        assertEquals(io.hqd.ingest.template.SubmissionTemplate.VERSION, r.templateVersion());
        assertEquals(Fixtures.HOSPITAL_NAME, r.reporterName(), "the name from the template's 报送单位 cell");
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(ReadRule.OLD_TEMPLATE.id)), "this version's template is not old");
        assertTrue(r.cells().stream().allMatch(x -> x.hospital() == null), "one hospital's own report: no per-row hospital");
        Map<String, BigDecimal> v = values(r);
        assertEquals(0, new BigDecimal("15000").compareTo(v.get("discharges")));
        assertEquals(0, new BigDecimal("4000").compareTo(v.get("surgery_ops")));
        assertEquals(0, new BigDecimal("123").compareTo(v.get("surgery_mis_ops")));
        assertEquals(0, new BigDecimal("12.5").compareTo(v.get("medical_revenue")));
        assertEquals(0, BigDecimal.ONE.compareTo(v.get("timeslot_appointment")));
        assertEquals(0, new BigDecimal("5").compareTo(v.get("emr_level")));
        assertFalse(v.containsKey("elective_ops"), "— is missing, not zero");
        assertTrue(r.cells().stream().anyMatch(x -> x.element().equals("drg_cases") && x.rawText().isEmpty() && x.value() == null),
                "blank input cells are kept with their location");
        assertFalse(v.containsKey("daysurgery_ops"));
        assertFalse(v.containsKey("cp_discharges"), "% on a count is not guessed away");
        assertEquals("daysurgery_ops", finding(r, "read_estimate").element());
        assertEquals("cp_discharges", finding(r, "read_unit").element());
        ReadCell discharges = r.values().stream().filter(x -> x.element().equals("discharges")).findFirst().orElseThrow();
        assertEquals("填报表", discharges.where().sheet());
        assertEquals("E6", discharges.where().cell(), "first element row under the header, 本期数值 column");
    }

    @Test
    void readsFreeFormLongTableByHeaderText() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("季报");
        put(s, c(0, 0, "攀枝花市中心医院2026年第三季度运行情况"),
                c(1, 0, "机构代码：H51040001"),
                c(3, 0, "序号"), c(3, 1, "项目"), c(3, 2, "单位"), c(3, 3, "本期"),
                c(4, 0, 1), c(4, 1, "1、出院人数（人次）"), c(4, 3, "12,345"),
                c(5, 0, 2), c(5, 1, "出院患者手术台次"), c(5, 3, "=1000+2000"),
                c(6, 0, 3), c(6, 1, "四级手术占比"), c(6, 3, "12"),
                c(7, 0, 4), c(7, 1, "出院患者微创手术台次"), c(7, 3, "=A1*2"),
                c(8, 0, 5), c(8, 1, "其他说明项"), c(8, 3, 7),
                c(9, 0, 6), c(9, 1, "择期手术台次"), c(9, 3, 900),
                c(10, 1, "合计"), c(10, 3, 99999));
        s.getRow(9).setZeroHeight(true);
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(s.getRow(5).getCell(3));
        ReadResult r = read(Fixtures.save(wb, dir.resolve("long.xlsx")));

        assertFalse(r.ownTemplate());
        assertEquals("H51040001", r.reporterCode());
        assertEquals("2026Q3", r.period());
        Map<String, BigDecimal> v = values(r);
        assertEquals(0, new BigDecimal("12345").compareTo(v.get("discharges")));
        assertEquals(0, new BigDecimal("3000").compareTo(v.get("surgery_ops")), "cached formula value");
        assertEquals(0, new BigDecimal("900").compareTo(v.get("elective_ops")), "hidden rows are still read");
        assertEquals("elective_ops", finding(r, "read_hidden").element());
        assertEquals("surgery_mis_ops", finding(r, "read_formula_no_cache").element());
        assertEquals(List.of("D7", "D9"), r.findings().stream().filter(f -> f.rule().equals("read_unknown_row"))
                .map(Finding::cell).toList(), "an indicator and an unknown label are not read");
        assertEquals(3, v.size(), "grade4 share is an indicator, not a reported element; 合计 skipped: " + v);
        assertEquals("D5", r.values().stream().filter(x -> x.element().equals("discharges")).findFirst().orElseThrow().where().cell());
    }

    @Test
    void readsWideXlsWithMergedTwoRowHeaderAndSkipsTotals() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet s = wb.createSheet("Sheet1");
        put(s, c(0, 0, "报告期：2026年7-9月"),
                c(1, 0, "医院名称"), c(1, 1, "出院情况"), c(1, 3, "DRG入组病例数"),
                c(2, 1, "出院人次"), c(2, 2, "出院患者手术台次"),
                c(3, 0, "攀枝花市中心医院"), c(3, 1, " 8 000 "), c(3, 2, 3100), c(3, 3, "８８００"),
                c(4, 0, "合计"), c(4, 1, 8000), c(4, 2, 3100), c(4, 3, 8800));
        s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
        s.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
        ReadResult r = read(Fixtures.save(wb, dir.resolve("wide.xls")));

        assertEquals("H51040001", r.reporterCode(), "reporter from the registry name in the row");
        assertEquals("2026Q3", r.period());
        Map<String, BigDecimal> v = values(r);
        assertEquals(Map.of("discharges", 0, "surgery_ops", 0, "drg_cases", 0),
                v.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().compareTo(
                        new BigDecimal(switch (e.getKey()) { case "discharges" -> "8000"; case "surgery_ops" -> "3100"; default -> "8800"; })))));
        assertTrue(r.values().stream().allMatch(x -> x.where().cell().endsWith("4")), "values from row 4 only");
        assertTrue(r.findings().stream().noneMatch(Finding::isError), r.findings().toString());
    }

    @Test
    void conflictingValuesAcrossSheetsAreBothRejected() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("一"), c(0, 0, "医疗机构代码"), c(0, 1, "H51040001"), c(1, 0, "报告期"), c(1, 1, "2026Q3"),
                c(2, 0, "指标名称"), c(2, 1, "本期数值"), c(3, 0, "出院人数"), c(3, 1, 100), c(4, 0, "DRG入组病例数"), c(4, 1, 50));
        put(wb.createSheet("二"), c(0, 0, "指标名称"), c(0, 1, "本期数值"), c(1, 0, "出院患者人数"), c(1, 1, 120),
                c(2, 0, "DRG入组病例数"), c(2, 1, 50));
        wb.setSheetHidden(1, true);
        ReadResult r = read(Fixtures.save(wb, dir.resolve("conflict.xlsx")));
        Map<String, BigDecimal> v = values(r);
        assertFalse(v.containsKey("discharges"));
        assertEquals(0, BigDecimal.valueOf(50).compareTo(v.get("drg_cases")), "same value twice is fine");
        Finding f = finding(r, "read_conflict");
        assertEquals("二", f.sheet());
        assertEquals("出院患者人数：在 一!B4 填了 100，在 二!B2 又填了 120，无法确定以哪个为准", f.message(),
                "the element by its catalog name, both cells and both numbers");
        assertEquals(List.of("二", "B2", "120"), List.of(f.sheet(), f.cell(), f.valueSeen()));
        finding(r, "read_hidden");
    }

    @Test
    void workbookWithoutAnyTableIsReported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("说明"), c(0, 0, "本院本季度无变化"));
        ReadResult r = read(Fixtures.save(wb, dir.resolve("none.xlsx")));
        assertTrue(finding(r, "read_no_table").blocksFile());
        assertNull(r.reporterCode());
    }

    @Test
    void numberTextIsStrictAboutWhatItCannotKnow() {
        var discharges = Fixtures.CATALOG.indicator("discharges", 2026).orElseThrow();
        assertInstanceOf(NumberText.Value.class, NumberText.parse("1,234,567.5", discharges));
        assertInstanceOf(NumberText.Problem.class, NumberText.parse("12,34", discharges));
        assertInstanceOf(NumberText.Value.class, NumberText.parse("１２３人次", discharges));
        assertInstanceOf(NumberText.Problem.class, NumberText.parse("1.2万人次", discharges));
        assertInstanceOf(NumberText.Missing.class, NumberText.parse("／", discharges));
        assertInstanceOf(NumberText.Missing.class, NumberText.parse("无", discharges));
        assertEquals(List.of(), List.of());
    }
}
