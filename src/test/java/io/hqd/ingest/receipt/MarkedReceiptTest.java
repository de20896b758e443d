package io.hqd.ingest.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.load.Received;
import io.hqd.ingest.load.Status;
import io.hqd.ingest.read.Grid;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.PoiGrid;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.template.ReporterType;

/**
 * The receipt of a file with marked cells, written as XML, against the one POI's usermodel writes for the same
 * file and findings: opened with POI, every sheet, cell value, colour, frame, number format, comment, width,
 * height, merged cell and print setting must be the same ({@link ReceiptsAlike}). Workbooks are written with
 * POI, saved and read back through hqd's own reader, as an ingest reads them.
 */
class MarkedReceiptTest {
    @TempDir
    Path dir;

    private static Finding error(String sheet, String cell) {
        return new Finding(sheet, cell, "range", Severity.ERROR, "不能超过 100%", "5000", "x", null);
    }

    private static Finding warning(String sheet, String cell) {
        return new Finding(sheet, cell, "jump", Severity.WARNING, "与上期相比变化过大 <&> \"引号\"", "80", "y", null);
    }

    private FileOutcome outcome(String name, List<Finding> findings) {
        Received r = new Received(dir.resolve(name), "H51180001/" + name, "cd".repeat(32), 100,
                LocalDateTime.of(2026, 10, 9, 9, 30, 5), "H51180001", null);
        LoadedSubmission sub = new LoadedSubmission("cd".repeat(32), ReporterType.HOSPITAL, "H51180001", "2026Q3", Status.PARTIAL,
                false, false, "2026.1", List.of(), findings);
        return new FileOutcome(r, false, List.of(sub), List.of(), List.of());
    }

    /** Saves the workbook and reads it as an ingest does. */
    private Grid read(Workbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return new WorkbookOpener(Limits.defaults()).open(file).grid();
    }

    /** Both receipts of one outcome; asserts the XML writer took it (or not) and that they read the same. */
    private Path bothWays(Grid grid, List<Finding> findings, boolean streamed) throws Exception {
        FileOutcome o = outcome("h.xlsx", findings);
        List<Finding> ordered = ExcelReceipt.ordered(findings, grid);
        assertThat(MarkedReceipt.fits(grid, ordered)).as("written without POI").isEqualTo(streamed);
        Path xml = ExcelReceipt.write(o, grid, Files.createDirectories(dir.resolve("xml")), "r", false);
        Path poi = ExcelReceipt.withPoi(o, grid, dir.resolve("poi.xlsx"), false);
        assertThat(ReceiptsAlike.differences(xml, poi)).isEmpty();
        return xml;
    }

    private static Workbook form(Workbook wb, int rows) {
        Sheet s = wb.createSheet("填报表");
        for (int r = 0; r < rows; r++) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue("指标" + r);
            row.createCell(1).setCellValue(r * 1.5);
            row.createCell(2).setCellValue(r % 2 == 0);
        }
        return wb;
    }

    @Test
    void marksOnTheFirstCellTheLastCellAndACellTheSenderLeftEmptyReadAsPoiWritesThem() throws Exception {
        Grid g = read(form(new XSSFWorkbook(), 30), "edges.xlsx");
        Path r = bothWays(g, List.of(error("填报表", "A1"), warning("填报表", "C30"), error("填报表", "C30"),
                warning("填报表", "H40")), true);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(r))) {
            XSSFCell first = wb.getSheet("填报表").getRow(0).getCell(0);
            assertThat(first.getStringCellValue()).isEqualTo("指标0");
            assertThat(first.getCellStyle().getFillForegroundColor()).isEqualTo(ReceiptStyles.ERROR.getIndex());
            XSSFCell last = wb.getSheet("填报表").getRow(29).getCell(2);
            assertThat(last.getBooleanCellValue()).isFalse();
            assertThat(last.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.THICK_FORWARD_DIAG);
            assertThat(last.getCellComment().getString().getString()).contains("【错误·", "【提示·", "<&> \"引号\"");
            XSSFCell empty = wb.getSheet("填报表").getRow(39).getCell(7);
            assertThat(empty.getCellComment().getString().getString()).startsWith("【提示·");
        }
    }

    @Test
    void anErrorRightOfAWarningInOneRowIsMarkedBothWays() throws Exception {
        Grid g = read(form(new XSSFWorkbook(), 10), "adjacent.xlsx");
        Path r = bothWays(g, List.of(warning("填报表", "A7"), error("填报表", "B7"), warning("填报表", "C7")), true);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(r))) {
            assertThat(wb.getSheet("填报表").getCellComments()).hasSize(3);
        }
    }

    @Test
    void aCellThatHadTheSendersCommentShowsOnlyTheReceiptsOwn() throws Exception {
        Workbook wb = form(new XSSFWorkbook(), 10);
        Sheet s = wb.getSheet("填报表");
        Drawing<?> d = s.createDrawingPatriarch();
        ClientAnchor a = wb.getCreationHelper().createClientAnchor();
        a.setCol1(3);
        a.setRow1(3);
        a.setCol2(5);
        a.setRow2(6);
        Comment c = d.createCellComment(a);
        c.setString(wb.getCreationHelper().createRichTextString("填报人的批注"));
        s.getRow(4).getCell(1).setCellComment(c);
        Path r = bothWays(read(wb, "commented.xlsx"), List.of(error("填报表", "B5")), true);
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(r))) {
            assertThat(back.getSheet("填报表").getCellComments().values()).singleElement()
                    .satisfies(x -> assertThat(x.getString().getString()).startsWith("【错误·"));
        }
    }

    @Test
    void mergedCellsHiddenSheetsAndTheSendersPrintSetupAreKept() throws Exception {
        Workbook wb = form(new XSSFWorkbook(), 20);
        Sheet s = wb.getSheet("填报表");
        s.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
        s.addMergedRegion(CellRangeAddress.valueOf("A5:A8"));
        s.setColumnWidth(0, 30 * 256);
        s.setColumnHidden(2, true);
        s.getRow(3).setHeightInPoints(33.5f);
        s.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        s.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        wb.setPrintArea(0, "$A$1:$C$20");
        s.getPrintSetup().setLandscape(false);
        s.getPrintSetup().setFitWidth((short) 2);
        Sheet hidden = wb.createSheet("It's 隐藏 sheet");
        hidden.createRow(0).createCell(0).setCellValue(1);
        wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
        wb.createSheet("_hqd").createRow(2).createCell(1).setCellValue("v");
        wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        Grid g = read(wb, "merged.xlsx");
        bothWays(g, List.of(error("填报表", "A1"), warning("填报表", "A6"), warning("It's 隐藏 sheet", "A1")), true);
    }

    @Test
    void sharedAndInlineStringsOfTheSenderComeBackTheSame() throws Exception {
        Grid shared = read(form(new XSSFWorkbook(), 50), "shared.xlsx");
        SXSSFWorkbook streaming = new SXSSFWorkbook(null, 10, false, false); // inline strings
        Grid inline = read(form(streaming, 50), "inline.xlsx");
        List<Finding> findings = List.of(error("填报表", "A10"), warning("填报表", "B20"));
        Path a = bothWays(shared, findings, true);
        Path copy = Files.copy(a, dir.resolve("shared-receipt.xlsx"));
        Path b = bothWays(inline, findings, true);
        assertThat(ReceiptsAlike.differences(copy, b)).isEmpty();
    }

    @Test
    void anXlsFilesGridIsWrittenWithoutPoiToo() throws Exception {
        Workbook wb = form(new HSSFWorkbook(), 12);
        wb.getSheet("填报表").getRow(3).createCell(4).setCellFormula("B4*2");
        bothWays(PoiGrid.of(wb), List.of(error("填报表", "E4")), true);
        wb.close();
    }

    @Test
    void aHostileWorkbookBigSheetOddTextAndNumbersReadsTheSame() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        Sheet s = wb.createSheet("大表 & <数据>");
        StringBuilder longText = new StringBuilder();
        while (longText.length() < 32_000) {
            longText.append("很长的文字 _x0041_ ");
        }
        String[] odd = {"a\u0001b", "_x0041_", "\uD83C\uDFE5 医院", "\uD83C", "  两端空格  ", "<c r=\"A1\"/>&amp;", "]]>"};
        java.util.Random random = new java.util.Random(13); // numbers that do not compress like a zip bomb
        for (int r = 0; r < 20_000; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < 6; c++) {
                if (c == 3) {
                    row.createCell(c).setCellValue(r == 4 ? longText.toString() : odd[r % odd.length] + r);
                } else {
                    row.createCell(c).setCellValue(r % 7 == 0 ? 1e-300 * random.nextDouble() : random.nextDouble() * 1e12);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int r = 1; r <= 20_000; r += 997) {
            findings.add(error("大表 & <数据>", "D" + r));
        }
        findings.add(warning("大表 & <数据>", "XFD1048576"));
        findings.add(warning("没有这张表", "A1"));
        Path r = bothWays(read(wb, "big.xlsx"), findings, true);
        try (ZipFile z = new ZipFile(r.toFile())) {
            assertThat(z.getEntry("xl/worksheets/sheet2.xml")).isNotNull();
        }
    }

    @Test
    void whatTheXmlWriterDoesNotReproduceGoesToPoi() throws Exception {
        Workbook wb = form(new XSSFWorkbook(), 5);
        wb.createSheet("回执").createRow(0).createCell(0).setCellValue("填报人自己的回执表");
        Grid g = read(wb, "own-receipt-sheet.xlsx");
        bothWays(g, List.of(error("填报表", "A1")), true);
        bothWays(g, List.of(error("回执", "A1")), false); // POI marks its own 回执 sheet: kept as it was
        bothWays(g, List.of(error("填报表", "B2"), error("填报表", "$B$2")), false);
    }
}
