package io.hqd.ingest.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.Severity;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.load.Received;
import io.hqd.ingest.load.Status;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.template.ReporterType;
import io.hqd.report.WorkbookPrintCheck;

/**
 * A long sheet the sender set up for paper (title rows 1:2 repeated, a print area, landscape) comes back in the
 * receipt set up the same way, from an .xlsx (streamed reader) and from an .xls (usermodel reader): opened with
 * POI the copy has the same repeated rows and print area; printed with LibreOffice the title rows are on page 2
 * and later too. A sheet the sender set nothing up for keeps hqd's own setup.
 */
class SenderPrintSetupTest {
    static final String SHEET = "床位统计";
    static final String TITLE = "床位与出院人数统计表";
    static final String COLUMN_TITLE = "科室名称";
    static final int ROWS = 90;

    @TempDir static Path dir;
    static List<Path> receipts = new ArrayList<>();
    static List<WorkbookPrintCheck.Printed> printed;

    @BeforeAll
    static void writeAndPrint() throws Exception {
        assertThat(WorkbookPrintCheck.soffice()).as("LibreOffice (soffice): .ci/run installs libreoffice-calc-nogui").isNotNull();
        for (String name : List.of("sender.xlsx", "sender.xls")) {
            Path file;
            try (Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
                sender(wb);
                file = Fixtures.save(wb, dir.resolve(name));
            }
            Finding bad = new Finding(SHEET, "C40", "range", Severity.ERROR, "不能为负数", "-3", "beds", null);
            receipts.add(new ReceiptWriter(dir.resolve("receipts"), false)
                    .write(outcome(name, bad), new WorkbookOpener(Limits.defaults()).open(file).grid()).get(1));
        }
        printed = WorkbookPrintCheck.print(receipts, Files.createDirectories(Path.of("target", "receipt-print-setup")));
    }

    /** Title rows 1:2 (a title and the column titles), 90 rows of data, print area A1:D92, landscape; a second sheet with nothing set. */
    private static void sender(Workbook wb) {
        Sheet s = wb.createSheet(SHEET);
        s.createRow(0).createCell(0).setCellValue(TITLE);
        Row head = s.createRow(1);
        String[] titles = {COLUMN_TITLE, "床位数", "实际开放床位", "出院人数"}; // column E (notes) has no title: it lies outside the print area
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(titles[c]);
            s.setColumnWidth(c, 16 * 256);
        }
        for (int r = 2; r < ROWS + 2; r++) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue("科室" + (r - 1));
            for (int c = 1; c < 4; c++) {
                row.createCell(c).setCellValue(r * 10 + c);
            }
            row.createCell(4).setCellValue("内部备注");
        }
        s.getRow(39).getCell(2).setCellValue(-3);
        s.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        wb.setPrintArea(0, "A1:D" + (ROWS + 2));
        s.getPrintSetup().setLandscape(true);
        Fixtures.put(wb.createSheet("说明"), Fixtures.c(0, 0, "填表说明"));
    }

    private static FileOutcome outcome(String name, Finding bad) {
        Received r = new Received(dir.resolve(name), "H51180001/" + name, (name.endsWith(".xls") ? "cd" : "ab").repeat(32), 100,
                LocalDateTime.of(2026, 10, 9, 9, 30, 5), "H51180001", null);
        LoadedSubmission sub = new LoadedSubmission(r.sha256(), ReporterType.HOSPITAL, "H51180001", "2026Q3", Status.PARTIAL,
                false, false, "2026.1", List.of(), List.of(bad));
        return new FileOutcome(r, false, List.of(sub), List.of(), List.of());
    }

    @Test
    void theCopiedSheetKeepsTheSendersTitleRowsPrintAreaAndLandscape() throws Exception {
        for (Path receipt : receipts) {
            try (InputStream in = Files.newInputStream(receipt); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet s = wb.getSheet(SHEET);
                assertThat(s.getRepeatingRows()).as("%s", receipt).isEqualTo(CellRangeAddress.valueOf("1:2"));
                assertThat(wb.getPrintArea(wb.getSheetIndex(s))).endsWith("!$A$1:$D$" + (ROWS + 2));
                assertThat(s.getPrintSetup().getLandscape()).isTrue();
                assertThat(s.getRow(39).getCell(2).getNumericCellValue()).isEqualTo(-3);
                assertThat(s.getRow(39).getCell(2).getCellStyle().getFillForegroundColor())
                        .as("the bad cell is still marked").isEqualTo(ReceiptStyles.ERROR.getIndex());
                Sheet plain = wb.getSheet("说明");
                assertThat(wb.getPrintArea(wb.getSheetIndex(plain))).as("nothing set: no print area").isNull();
                assertThat(plain.getPrintSetup().getLandscape()).as("nothing set: hqd's A4 landscape").isTrue();
            }
        }
    }

    @Test
    void printedTheTitleRowsAreOnEveryPageAndTheColumnOutsideThePrintAreaIsNot() {
        assertThat(printed).hasSize(2);
        for (WorkbookPrintCheck.Printed p : printed) {
            assertThat(p.problems()).as("printed on %d pages %s", p.pages(), p.pagesPerSheet()).isEmpty();
            List<String> pages = p.textOf(SHEET);
            assertThat(pages).as("90 rows take more than one page").hasSizeGreaterThan(1);
            for (String page : pages) {
                assertThat(page.replaceAll("\\s+", "")).contains(TITLE, COLUMN_TITLE, "实际开放床位").doesNotContain("内部备注");
            }
            assertThat(String.join("", pages).replaceAll("\\s+", "")).contains("科室" + ROWS);
        }
    }
}
