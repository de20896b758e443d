package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.demo.DemoGenerator;
import io.hqd.demo.DemoScope;
import io.hqd.home.HqdHome;
import io.hqd.ingest.Fixtures;
import io.hqd.warehouse.Periods;

/**
 * The streamed .xlsx reader against POI's usermodel, its oracle: on every workbook of a generated demo (hqd's
 * templates and the messy layouts hospitals send) and on workbooks carrying each feature the readers look at,
 * the two give the same cells, types, formats, formulas, merges and hidden rows, columns and sheets.
 */
class XlsxGridTest {
    @TempDir Path dir;

    static Grid streamed(Path file) throws Exception {
        return new WorkbookOpener(Limits.defaults()).open(file).grid();
    }

    static Grid usermodel(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return PoiGrid.of(wb);
        }
    }

    static void assertSameGrid(Grid expected, Grid actual, String file) {
        assertEquals(expected.sheets().size(), actual.sheets().size(), file);
        for (int i = 0; i < expected.sheets().size(); i++) {
            GridSheet e = expected.sheets().get(i), a = actual.sheets().get(i);
            String where = file + "!" + e.name();
            assertEquals(e.name(), a.name(), where);
            assertEquals(e.visibility(), a.visibility(), where);
            assertEquals(e.lastRow(), a.lastRow(), where);
            assertEquals(e.firstRow(), a.firstRow(), where);
            assertEquals(e.physicalRows(), a.physicalRows(), where);
            assertEquals(e.print(), a.print(), where + " print setup");
            assertEquals(e.merged().stream().map(CellRangeAddress::formatAsString).toList(),
                    a.merged().stream().map(CellRangeAddress::formatAsString).toList(), where);
            int width = 0;
            for (int r = 0; r <= e.lastRow(); r++) {
                GridRow er = e.row(r), ar = a.row(r);
                assertEquals(er == null, ar == null, where + " row " + (r + 1));
                if (er == null) {
                    continue;
                }
                assertEquals(er.hidden(), ar.hidden(), where + " row " + (r + 1));
                assertEquals(er.firstColumn(), ar.firstColumn(), where + " row " + (r + 1));
                assertEquals(er.endColumn(), ar.endColumn(), where + " row " + (r + 1));
                width = Math.max(width, er.endColumn());
                for (int col = Math.max(er.firstColumn(), 0); col < er.endColumn(); col++) {
                    assertEquals(er.cell(col), ar.cell(col), where + " " + org.apache.poi.ss.util.CellReference.convertNumToColString(col) + (r + 1));
                }
            }
            for (int col = 0; col < width + 2; col++) {
                assertEquals(e.columnHidden(col), a.columnHidden(col), where + " column " + col);
                assertEquals(e.columnWidth(col), a.columnWidth(col), where + " column width " + col);
            }
        }
    }

    @Test
    void everyWorkbookOfAGeneratedDemoStreamsAsTheUsermodelReadsIt() throws Exception {
        Catalog catalog = CatalogLoader.load(null);
        HqdHome home = new HqdHome(dir.resolve("demo"));
        DemoScope scope = new DemoScope(List.of("511800"), new Periods(2026, 2), new Periods(2026, 3), DemoScope.DEFAULT_SEED);
        DemoGenerator.generate(home, catalog, scope, Instant.parse("2026-11-23T00:00:00Z"));
        int compared = 0, scanned = 0;
        try (Stream<Path> files = Files.walk(home.inbox())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                ScannerOracle.assertReadsAsStaxDid(f); // every file, refused ones too: the same refusal
                scanned++;
                Grid expected;
                try {
                    expected = usermodel(f);
                } catch (Exception e) {
                    continue; // a demo file broken on purpose: the opener refuses it (HostileFilesTest)
                }
                Grid actual;
                try {
                    actual = streamed(f);
                } catch (RejectedFileException e) {
                    continue; // refused for its content (macros, limits): covered by the refusal tests
                }
                assertSameGrid(expected, actual, f.getFileName().toString());
                compared++;
            }
        }
        assertTrue(compared > 40, "compared " + compared + " workbooks");
        assertTrue(scanned > compared, "scanned " + scanned + " workbooks against the StAX reading");
    }

    @Test
    void eachFeatureTheReadersUseStreamsAsTheUsermodelReadsIt() throws Exception {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = put(wb.createSheet("季报"), c(0, 0, "医疗机构代码"), c(0, 1, Fixtures.HOSPITAL), c(2, 1, "指标名称"), c(2, 2, "本期数值"),
                    c(3, 1, "出院人数"), c(3, 2, 1234.5), c(4, 1, "逻辑"), c(5, 1, "公式"), c(6, 1, "文本公式"), c(7, 1, "错误"));
            s.getRow(4).createCell(2).setCellValue(true);
            s.getRow(5).createCell(2).setCellFormula("C4*2");
            s.getRow(5).getCell(2).setCellValue(2469);
            Cell text = s.getRow(6).createCell(2);
            text.setCellFormula("\"a\"&\"b\"");
            text.setCellValue("ab");
            s.getRow(7).createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
            Row r8 = s.createRow(8);
            r8.setZeroHeight(true);
            r8.createCell(1).setCellValue("隐藏行");
            r8.createCell(2).setCellValue(0.3421);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            pct.setWrapText(true);
            r8.getCell(2).setCellStyle(pct);
            Row r9 = s.createRow(9);
            r9.setHeightInPoints(30);
            Cell date = r9.createCell(2);
            date.setCellValue(46000);
            CellStyle d = wb.createCellStyle();
            d.setDataFormat((short) 14);
            date.setCellStyle(d);
            Cell rich = r9.createCell(3);
            XSSFRichTextString rt = new XSSFRichTextString("第一行\r\n第二行 _x0041_");
            rt.applyFont(0, 2, wb.createFont());
            rich.setCellValue(rt);
            r9.createCell(5).setBlank();
            s.addMergedRegion(CellRangeAddress.valueOf("A11:C12"));
            put(s, c(10, 0, "合并"));
            s.setColumnHidden(4, true);
            s.setColumnWidth(1, 30 * 256);
            Sheet hidden = put(wb.createSheet("隐藏"), c(0, 0, "x"));
            Sheet very = put(wb.createSheet("深藏"), c(1, 1, 2));
            wb.setSheetVisibility(wb.getSheetIndex(hidden), SheetVisibility.HIDDEN);
            wb.setSheetVisibility(wb.getSheetIndex(very), SheetVisibility.VERY_HIDDEN);
            wb.createSheet("空");
            file = Fixtures.save(wb, dir.resolve("features.xlsx"));
        }
        assertSameGrid(usermodel(file), streamed(file), "features.xlsx");
        GridSheet s = streamed(file).sheet("季报");
        assertEquals(GridCell.Type.ERROR, s.cell(7, 2).type());
        assertEquals("#DIV/0!", s.cell(7, 2).text());
        assertEquals("C4*2", s.cell(5, 2).formula());
        assertTrue(s.row(8).hidden());
        assertTrue(s.columnHidden(4));
        assertEquals(GridSheet.Visibility.VERY_HIDDEN, streamed(file).sheet("深藏").visibility());
        assertEquals(-1, streamed(file).sheet("空").lastRow());
    }

    /** Parts POI's writer never produces but Excel, WPS and scripts do: shared formulas, inline strings, phonetic runs, 1904 dates, rows without numbers. */
    @Test
    void partsOtherWritersProduceStreamAsTheUsermodelReadsThem() throws Exception {
        Path plain;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            put(wb.createSheet("表"), c(0, 0, "x"));
            plain = Fixtures.save(wb, dir.resolve("plain.xlsx"));
        }
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cols><col min=\"2\" max=\"3\" width=\"20.5\" hidden=\"1\" customWidth=\"1\"/></cols><sheetData>"
                + "<row><c t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>行内</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\"><f t=\"shared\" ref=\"B3:B5\" si=\"0\">A3*2+$A$3</f><v>3</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"B4\"><f t=\"shared\" si=\"0\"/><v>5</v></c><c r=\"C4\"><f>SUM(A3:A4)</f></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"b\"><v>1</v></c><c r=\"B5\"><f t=\"shared\" si=\"0\"/><v>3</v></c><c r=\"C5\" t=\"str\"><f>\"x\"</f><v>x</v></c></row>"
                + "<row r=\"7\" spans=\"1:2\"/>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"D1:E2\"/></mergeCells></worksheet>";
        String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                + "<si><r><t>机构</t></r><r><t xml:space=\"preserve\">代码 </t></r><rPh sb=\"0\" eb=\"1\"><t>ジ</t></rPh></si></sst>";
        Path odd = HostileFilesTest.rezip(plain, dir.resolve("odd.xlsx"), Map.of(
                "xl/worksheets/sheet1.xml", b -> sheet.getBytes(StandardCharsets.UTF_8),
                "xl/sharedStrings.xml", b -> strings.getBytes(StandardCharsets.UTF_8),
                "xl/workbook.xml", b -> new String(b, StandardCharsets.UTF_8).replaceFirst("<workbookPr[^>]*/>", "")
                        .replace("<sheets>", "<workbookPr date1904=\"true\"/><sheets>").getBytes(StandardCharsets.UTF_8)), Map.of());
        Grid expected = usermodel(odd);
        Grid actual = streamed(odd);
        assertSameGrid(expected, actual, "odd.xlsx");
        GridSheet s = actual.sheet("表");
        assertEquals("机构代码 ", s.cell(0, 0).text(), "runs joined, the phonetic guide left out");
        assertEquals("A4*2+$A$3", s.cell(3, 1).formula(), "a shared formula moved to its own row, the absolute part kept");
        assertEquals("A5*2+$A$3", s.cell(4, 1).formula());
        assertFalse(s.cell(3, 2).cached(), "a formula saved without its result");
        assertTrue(s.cell(0, 0).date1904());
        assertTrue(s.columnHidden(1) && s.columnHidden(2) && !s.columnHidden(3));
    }

    /** The sender's print setup, as both readers see it: title rows and columns, print area, orientation, pages wide. */
    @Test
    void printTitlesAreaAndPageSetupStreamAsTheUsermodelReadsThem() throws Exception {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            put(wb.createSheet("封面"), c(0, 0, "说明"));
            Sheet s = put(wb.createSheet("填报 表"), c(0, 0, "指标"), c(1, 0, "单位"), c(69, 5, 1));
            s.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
            s.setRepeatingColumns(CellRangeAddress.valueOf("A:B"));
            wb.setPrintArea(1, "A1:F70");
            s.getPrintSetup().setLandscape(true);
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            Sheet portrait = put(wb.createSheet("竖"), c(0, 0, "x"));
            portrait.getPrintSetup().setLandscape(false);
            file = Fixtures.save(wb, dir.resolve("print.xlsx"));
        }
        assertSameGrid(usermodel(file), streamed(file), "print.xlsx");
        Grid g = streamed(file);
        SheetPrint p = g.sheet("填报 表").print();
        assertEquals("1:2", rows(p.titleRows()));
        assertEquals(0, p.titleColumns().getFirstColumn());
        assertEquals(1, p.titleColumns().getLastColumn());
        assertEquals("A1:F70", p.area().formatAsString());
        assertEquals(Boolean.TRUE, p.landscape());
        assertEquals(1, p.fitToWidth());
        assertEquals(SheetPrint.NONE, g.sheet("封面").print(), "a sheet the sender set nothing up for");
        assertEquals(Boolean.FALSE, g.sheet("竖").print().landscape());
    }

    /** Print names beyond the sheet's limits or not ranges at all are left out by both readers; the file still opens. */
    @Test
    void hostilePrintNamesAreIgnoredNotFatal() throws Exception {
        Path plain;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            put(wb.createSheet("表"), c(0, 0, "x"));
            put(wb.createSheet("二"), c(0, 0, "y"));
            put(wb.createSheet("三"), c(0, 0, "z"));
            plain = Fixtures.save(wb, dir.resolve("plain.xlsx"));
        }
        String names = "<definedNames>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">表!$1:$9999999</definedName>"
                + "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">表!$A$1:$ZZZ$5</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">#REF!</definedName>"
                + "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">二!$C$9:$A$1</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"99\">表!$1:$2</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"x\">表!$1:$2</definedName>"
                + "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"2\">三!$A$1:$B$3</definedName>"
                + "</definedNames>";
        String page = "<pageSetup orientation=\"sideways\" fitToWidth=\"-5\"/>";
        Path odd = HostileFilesTest.rezip(plain, dir.resolve("hostile-print.xlsx"), Map.of(
                "xl/workbook.xml", b -> new String(b, StandardCharsets.UTF_8).replace("</sheets>", "</sheets>" + names)
                        .getBytes(StandardCharsets.UTF_8),
                "xl/worksheets/sheet1.xml", b -> new String(b, StandardCharsets.UTF_8).replace("</worksheet>", page + "</worksheet>")
                        .getBytes(StandardCharsets.UTF_8)), Map.of());
        Grid g = streamed(odd);
        assertEquals(SheetPrint.NONE, g.sheet("表").print());
        assertEquals(SheetPrint.NONE, g.sheet("二").print());
        assertEquals("A1:B3", g.sheet("三").print().area().formatAsString(), "the one sound name is kept");
        Grid poi = usermodel(odd);
        assertNull(poi.sheet("二").print().titleRows());
        assertNull(poi.sheet("二").print().area());
    }

    private static String rows(CellRangeAddress r) {
        return (r.getFirstRow() + 1) + ":" + (r.getLastRow() + 1);
    }
}
