package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;

/** The reading rules one by one, at their edges: numbers as typed, labels and values, evidence, sheet choice. */
class ReadingRulesTest {
    static final Indicator COUNT = element("discharges");
    static final Indicator FLAG = element("timeslot_appointment");
    static final Indicator MONEY = element("medical_revenue");
    static final Indicator PERCENT = Fixtures.CATALOG.elements().stream().filter(e -> "%".equals(e.unit())).findFirst().orElseThrow();
    @TempDir Path dir;

    static Indicator element(String code) {
        return Fixtures.CATALOG.indicator(code, 2026).orElseThrow();
    }

    static BigDecimal value(String text, Indicator e) {
        NumberText.Parsed p = NumberText.parse(text, e);
        assertInstanceOf(NumberText.Value.class, p, text);
        return ((NumberText.Value) p).value();
    }

    static ReadRule problem(String text, Indicator e) {
        NumberText.Parsed p = NumberText.parse(text, e);
        assertInstanceOf(NumberText.Problem.class, p, text);
        return ((NumberText.Problem) p).rule();
    }

    @Test
    void yesNoWordsInAYesNoRowOnly() {
        for (String yes : List.of("是", "有", "√", "✓", "TRUE", "Yes")) {
            assertEquals(BigDecimal.ONE, value(yes, FLAG), yes);
        }
        for (String no : List.of("否", "无", "没有", "×", "false", "N")) {
            assertEquals(BigDecimal.ZERO, value(no, FLAG), no);
        }
        assertInstanceOf(NumberText.Missing.class, NumberText.parse("无", COUNT), "无 in a count row is a blank");
        assertInstanceOf(NumberText.Missing.class, NumberText.parse("", FLAG));
        assertEquals(ReadRule.NOT_A_NUMBER, problem("有", COUNT));
    }

    @Test
    void estimatesRoundedWanAndCommasAreRefusedWithTheirOwnReason() {
        assertEquals(ReadRule.ESTIMATE, problem("约300", COUNT));
        assertEquals(ReadRule.ESTIMATE, problem("300左右", COUNT));
        assertEquals(ReadRule.ESTIMATE, problem("300余", COUNT));
        assertEquals(ReadRule.ESTIMATE, problem("近300", COUNT));
        assertEquals(ReadRule.ROUNDED_WAN, problem("1.2万", COUNT));
        assertEquals(ReadRule.ROUNDED_WAN, problem("3万人次", COUNT));
        assertEquals(0, new BigDecimal("12.5").compareTo(value("12.5万元", MONEY)), "万 is the unit of 万元 elements");
        assertEquals(ReadRule.SEPARATOR, problem("12,34", COUNT));
        assertEquals(ReadRule.SEPARATOR, problem("1,2345", COUNT));
        assertEquals(0, new BigDecimal("1234567.5").compareTo(value("1,234,567.5", COUNT)));
        assertEquals(0, new BigDecimal("300").compareTo(value("300", COUNT)), "a plain number is no estimate");
        assertTrue(NumberText.parse("约300", COUNT) instanceof NumberText.Problem p && p.message().contains("约300"));
    }

    @Test
    void unitsAfterTheNumber() {
        assertEquals(0, new BigDecimal("34.21").compareTo(value("34.21%", PERCENT)));
        assertEquals(ReadRule.UNIT_MISMATCH, problem("35%", COUNT));
        assertEquals(0, new BigDecimal("123").compareTo(value("123人次", COUNT)));
        assertEquals(0, new BigDecimal("123").compareTo(value("123人", COUNT)));
        assertEquals(ReadRule.UNIT_MISMATCH, problem("123台", COUNT));
        assertEquals(0, new BigDecimal("-5").compareTo(value("-5", COUNT)), "the range rule judges signs, not the reader");
        assertEquals(ReadRule.NOT_A_NUMBER, problem("abc", COUNT));
        assertInstanceOf(NumberText.Problem.class, NumberText.parse("1.2.3", COUNT));
    }

    @Test
    void percentFormattedCellsMeanWhatTheyShow() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            Cell pct = s.createRow(0).createCell(0);
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            pct.setCellStyle(st);
            pct.setCellValue(0.3421);
            assertTrue(CellText.percentFormatted(Grids.of(pct)));
            assertEquals(new BigDecimal("34.21"), CellText.asShown(Grids.of(pct), PERCENT));
            assertEquals(new BigDecimal("0.3421"), CellText.asShown(Grids.of(pct), COUNT), "only a percent element is scaled");
            assertFalse(Collector.isBareFraction(new BigDecimal("0.3421"), PERCENT, Grids.of(pct)), "a %-formatted cell is no bare fraction");

            Cell quoted = s.getRow(0).createCell(1);
            CellStyle lit = wb.createCellStyle();
            lit.setDataFormat(wb.createDataFormat().getFormat("0.00\"%\""));
            quoted.setCellStyle(lit);
            quoted.setCellValue(34.21);
            assertFalse(CellText.percentFormatted(Grids.of(quoted)), "a quoted % is a literal, not a percent format");
            assertEquals(new BigDecimal("34.21"), CellText.asShown(Grids.of(quoted), PERCENT));

            Cell plain = s.getRow(0).createCell(2);
            plain.setCellValue(0.3547);
            assertFalse(CellText.percentFormatted(Grids.of(plain)));
            assertTrue(Collector.isBareFraction(new BigDecimal("0.3547"), PERCENT, Grids.of(plain)));
            assertFalse(Collector.isBareFraction(BigDecimal.ONE, PERCENT, Grids.of(plain)), "exactly 1 is 1%");
            assertFalse(Collector.isBareFraction(BigDecimal.ZERO, PERCENT, Grids.of(plain)), "0 is 0%");
            assertFalse(Collector.isBareFraction(new BigDecimal("0.5"), COUNT, Grids.of(plain)), "only % rows");
            assertTrue(Collector.isBareFraction(new BigDecimal("0.99"), PERCENT, null));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void formulaWithEmptyCachedValueIsNeverZero() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Cell f = wb.createSheet("s").createRow(0).createCell(0);
            f.setCellFormula("1+2");
            ((XSSFCell) f).getCTCell().setV("");
            assertEquals(ReadRule.FORMULA_NO_CACHE, ((NumberText.Problem) CellText.number(Grids.of(f), COUNT)).rule());
            ((XSSFCell) f).getCTCell().unsetV();
            assertEquals(ReadRule.FORMULA_NO_CACHE, ((NumberText.Problem) CellText.number(Grids.of(f), COUNT)).rule());
            f.setCellValue(3);
            assertEquals(new BigDecimal("3"), ((NumberText.Value) CellText.number(Grids.of(f), COUNT)).value());
        }
    }

    static Sheet sheet(XSSFWorkbook wb, Object[]... cells) {
        return put(wb.createSheet("表" + wb.getNumberOfSheets()), cells);
    }

    @Test
    void labelFollowedByBlankOrByAnotherLabelStatesNothing() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            List<Evidence> blank = HeaderFacts.scan(Grids.of(sheet(wb, c(0, 0, "医疗机构代码"), c(0, 2, "单位名称"), c(0, 3, Fixtures.HOSPITAL_NAME))),
                    Fixtures.context());
            assertEquals(List.of(new Evidence(Evidence.Source.NAME_CELL, "表0!D1", Fixtures.HOSPITAL_NAME, Fixtures.HOSPITAL, null)), blank);
            List<Evidence> header = HeaderFacts.scan(Grids.of(sheet(wb, c(0, 0, "医疗机构代码"), c(0, 1, "医院名称"), c(0, 2, "出院人数"),
                    c(1, 0, "H51040001"), c(1, 1, Fixtures.HOSPITAL_NAME))), Fixtures.context());
            assertEquals(List.of(), header.stream().filter(e -> e.source().structured).toList(), "a table header is not a label/value pair");
        }
    }

    @Test
    void codesInAnyCaseAndTheRegistryNameInTheCodeCell() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var ctx = Fixtures.context();
            assertEquals(Fixtures.HOSPITAL, HeaderFacts.scan(Grids.of(sheet(wb, c(0, 0, "机构代码：h51040001"))), ctx).get(0).reporter());
            assertEquals(Fixtures.HOSPITAL, HeaderFacts.scan(Grids.of(sheet(wb, c(0, 0, "医院代码"), c(0, 1, Fixtures.HOSPITAL_NAME))), ctx).get(0).reporter());
            Evidence junk = HeaderFacts.scan(Grids.of(sheet(wb, c(0, 0, "单位代码"), c(0, 1, "本院"))), ctx).get(0);
            assertEquals("本院", junk.reporter(), "kept as typed, for the message");
            assertEquals("510402", HeaderFacts.codeOf("510402", ctx));
            Sheet merged = sheet(wb, c(0, 0, "医疗机构代码"), c(0, 2, "H51040002"));
            merged.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            Evidence m = HeaderFacts.scan(Grids.of(merged), ctx).get(0);
            assertEquals("H51040002", m.reporter(), "the value after a merged label");
            assertEquals("表3!C1", m.where());
            List<Evidence> title = HeaderFacts.scan(Grids.of(sheet(wb, c(0, 0, "h51040002 2026年第二季度报表"))), ctx);
            assertEquals(List.of("H51040002"), title.stream().map(Evidence::reporter).filter(x -> x != null).toList());
            assertEquals(List.of("2026Q2"), title.stream().map(Evidence::period).filter(x -> x != null).toList());
            assertTrue(title.stream().noneMatch(e -> e.source().structured));
            Evidence p = HeaderFacts.scan(Grids.of(sheet(wb, c(0, 0, "报告期"), c(0, 1, "2026年7-9月"))), ctx).get(0);
            assertEquals(new Evidence(Evidence.Source.PERIOD_CELL, "表5!B1", "2026年7-9月", null, "2026Q3"), p);
        }
    }

    static Evidence code(String c) {
        return new Evidence(Evidence.Source.CODE_CELL, "s!C2", c, c, null);
    }

    static Evidence period(Evidence.Source s, String p) {
        return new Evidence(s, null, p, null, p);
    }

    @Test
    void structuredStatementsMustAgreeTitlesOnlyFillIn() {
        var agree = IdentityReading.read(List.of(new Evidence(Evidence.Source.TEMPLATE, null, "H51040001", "H51040001", null),
                code("H51040001"), period(Evidence.Source.PERIOD_CELL, "2026Q3"), period(Evidence.Source.TITLE, "2026Q2")), false);
        assertEquals("H51040001", agree.reporter());
        assertEquals("2026Q3", agree.period(), "a title never overrides a 报告期 cell");
        assertEquals(List.of(), agree.refusals());

        var conflict = IdentityReading.read(List.of(new Evidence(Evidence.Source.TEMPLATE, null, "H51040001", "H51040001", null),
                new Evidence(Evidence.Source.CODE_CELL, "填报表!C2", "h51040002", "H51040002", null)), false);
        assertNull(conflict.reporter());
        Finding f = conflict.refusals().get(0);
        assertEquals("read_many_reporters", f.rule());
        assertTrue(f.blocksFile());
        assertTrue(f.message().contains("「H51040001」") && f.message().contains("「h51040002」（即 H51040002）"), f.message());

        var titleOnly = IdentityReading.read(List.of(period(Evidence.Source.TITLE, "2026Q1")), false);
        assertEquals("2026Q1", titleOnly.period());
        var twoTitles = IdentityReading.read(List.of(period(Evidence.Source.TITLE, "2026Q1"), period(Evidence.Source.TITLE, "2026Q2")), false);
        assertNull(twoTitles.period());
        assertEquals("read_many_periods", twoTitles.refusals().get(0).rule());
        assertNull(IdentityReading.read(List.of(code("H51040001"), code("H51040002")), true).reporter(), "per-sheet reporters decide");
        assertEquals(List.of(), IdentityReading.read(List.of(code("H51040001"), code("H51040002")), true).refusals());
        var fileName = IdentityReading.read(List.of(period(Evidence.Source.FILE_NAME, "2026Q1")), false);
        assertNull(fileName.period(), "the loader weighs the file name, not the reader");
    }

    static SheetRead sheetRead(String name, TableSheetReader.Layout layout, boolean template, List<Evidence> ev, ReadCell... cells) {
        Collector col = new Collector();
        col.rawCells().addAll(List.of(cells));
        return new SheetRead(name, false, template, layout, true, col, ev);
    }

    static ReadCell cell(String sheet, String element, String value) {
        return new ReadCell(element, new io.hqd.ingest.CellRef(sheet, "E6"), value, new BigDecimal(value), null);
    }

    @Test
    void sheetChoiceLeavesHelpersAndEarlierQuartersOutWithANote() {
        SheetRead data = sheetRead("填报表", TableSheetReader.Layout.TABLE, true,
                List.of(code("H51040001"), period(Evidence.Source.PERIOD_CELL, "2026Q3")), cell("填报表", "discharges", "10"));
        SheetRead earlier = sheetRead("二季度", TableSheetReader.Layout.TABLE, true,
                List.of(code("H51040001"), period(Evidence.Source.PERIOD_CELL, "2026Q2")), cell("二季度", "discharges", "9"));
        SheetRead helper = sheetRead("明细", TableSheetReader.Layout.HELPER, false, List.of());
        SheetRead notes = sheetRead("说明", TableSheetReader.Layout.NONE, false, List.of());
        var choice = SheetChooser.choose(List.of(helper, data, earlier, notes), null);
        assertEquals(List.of(data), choice.data());
        assertEquals(3, choice.notes().size());
        assertTrue(choice.notes().stream().allMatch(f -> f.rule().equals("read_sheet_ignored") && !f.blocksFile()));
        assertTrue(choice.notes().get(2).message().contains("2026Q2") || choice.notes().stream().anyMatch(f -> f.message().contains("2026Q2")));

        var onlyHelper = SheetChooser.choose(List.of(helper), null);
        assertTrue(onlyHelper.data().isEmpty());
        assertTrue(onlyHelper.notes().stream().anyMatch(f -> f.rule().equals("read_many_reporters") && f.blocksFile()));

        var laterThanTemplate = SheetChooser.choose(List.of(data, earlier), "2026Q2");
        assertEquals(List.of(data, earlier), laterThanTemplate.data(), "a sheet later than the template's quarter is kept: identity refuses");
    }

    @Test
    void twoHospitalsAreTwoReportsOnlyWhenEverySheetSaysWhoseItIs() {
        SheetRead a = sheetRead("一院", TableSheetReader.Layout.TABLE, false, List.of(code("H51040001")), cell("一院", "discharges", "10"));
        SheetRead b = sheetRead("二院", TableSheetReader.Layout.TABLE, false, List.of(code("H51040002")), cell("二院", "discharges", "20"));
        var both = SheetChooser.choose(List.of(a, b), null);
        assertEquals(2, both.data().size());
        assertEquals("H51040002", b.collector().rawCells().get(0).hospital());
        assertEquals(List.of(), both.notes());

        SheetRead named = sheetRead("一院", TableSheetReader.Layout.TABLE, false, List.of(code("H51040001")),
                cell("一院", "discharges", "10"), cell("一院", "drg_cases", "5"), cell("一院", "surgery_ops", "3"), cell("一院", "elective_ops", "2"));
        SheetRead unnamed = sheetRead("Sheet2", TableSheetReader.Layout.TABLE, false, List.of(),
                cell("Sheet2", "discharges", "11"), cell("Sheet2", "drg_cases", "6"), cell("Sheet2", "surgery_ops", "4"), cell("Sheet2", "elective_ops", "2"));
        var refused = SheetChooser.choose(List.of(named, unnamed), null);
        assertTrue(refused.notes().stream().anyMatch(f -> f.rule().equals("read_many_reporters") && f.message().contains("3 个数字")));

        SheetRead check = sheetRead("核对", TableSheetReader.Layout.TABLE, false, List.of(),
                cell("核对", "discharges", "11"), cell("核对", "drg_cases", "6"), cell("核对", "surgery_ops", "3"));
        assertEquals(List.of(), SheetChooser.choose(List.of(named, check), null).notes(), "two differences: the conflict rule's business");

        SheetRead third = sheetRead("三院", TableSheetReader.Layout.TABLE, false, List.of(), cell("三院", "discharges", "30"));
        SheetRead a2 = sheetRead("一院", TableSheetReader.Layout.TABLE, false, List.of(code("H51040001")), cell("一院", "discharges", "10"));
        SheetRead b2 = sheetRead("二院", TableSheetReader.Layout.TABLE, false, List.of(code("H51040002")), cell("二院", "discharges", "20"));
        var unclear = SheetChooser.choose(List.of(a2, b2, third), null);
        assertNull(b2.collector().rawCells().get(0).hospital(), "never read by halves");
        assertTrue(unclear.notes().stream().anyMatch(f -> f.rule().equals("read_many_reporters") && f.message().contains("没有写明单位")));
    }

    @Test
    void conflictsAcrossChosenSheetsRejectBothSides() {
        Collector one = new Collector();
        one.rawCells().add(cell("一", "discharges", "10"));
        one.rawCells().add(cell("一", "drg_cases", "5"));
        Collector two = new Collector();
        two.rawCells().add(cell("二", "discharges", "12"));
        two.rawCells().add(cell("二", "drg_cases", "5.0"));
        Collector.Merged m = Collector.merge(List.of(one, two));
        assertEquals(1, m.findings().size());
        assertEquals("read_conflict", m.findings().get(0).rule());
        assertEquals(List.of("drg_cases"), m.cells().stream().filter(c -> c.value() != null).map(ReadCell::element).toList());
        assertEquals("一!E6", m.cells().stream().filter(c -> c.value() != null).findFirst().orElseThrow().where().toString(),
                "the same number twice keeps the first cell's lineage");
    }

    @Test
    void openDocumentIsRecognisedByItsMimetype() throws Exception {
        Path ods = dir.resolve("a.ods");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            var e = new java.util.zip.ZipEntry("mimetype");
            byte[] b = "application/vnd.oasis.opendocument.spreadsheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            var crc = new java.util.zip.CRC32();
            crc.update(b);
            e.setMethod(java.util.zip.ZipEntry.STORED);
            e.setSize(b.length);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(b);
            zip.closeEntry();
        }
        assertEquals("OpenDocument 电子表格（.ods）", OpenDocument.kind(ods));
        RejectedFileException r = assertThrows(RejectedFileException.class, () -> new WorkbookOpener(Limits.defaults()).open(ods));
        assertTrue(r.finding().message().contains("另存为") && r.finding().message().contains(".xlsx"), r.finding().message());
        assertNull(OpenDocument.kind(Fixtures.template(dir.resolve("t.xlsx"), Fixtures.HOSPITAL, "2026Q3", Fixtures.core())));
        Files.writeString(dir.resolve("short.txt"), "PK");
        assertNull(OpenDocument.kind(dir.resolve("short.txt")));
        assertNull(OpenDocument.kind(dir.resolve("missing.ods")));
    }
}
