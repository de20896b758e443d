package io.hqd.ingest.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.load.FileArchive;
import io.hqd.ingest.load.FileIngestor;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.IngestReference;
import io.hqd.ingest.load.SubmissionStore;
import io.hqd.ingest.read.Grid;
import io.hqd.ingest.read.Limits;
import io.hqd.report.WorkbookPrintCheck;
import io.hqd.xlsx.Paper;

/**
 * A file with nothing to mark on any cell gets its receipt streamed into a prebuilt workbook instead of one
 * built with POI per file. The POI receipt is the oracle: for real ingested files (accepted, refused whole,
 * empty, a name with markup characters, demo data) both receipts must hold the same parts, cells, texts,
 * styles, row heights, merged cells and page setup; and LibreOffice prints the streamed one in Chinese.
 */
class CleanReceiptTest {
    @TempDir static Path root;
    static FixtureWarehouse fixture;

    @BeforeAll
    static void open() {
        fixture = new FixtureWarehouse(root);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** One file through a real ingest; returns the streamed receipt and the POI one written for the same outcome. */
    private static Path[] bothWays(Path file, boolean demo) throws Exception {
        FileIngestor ingestor = new FileIngestor(new IngestReference(fixture.dsl, Fixtures.CATALOG),
                new SubmissionStore(fixture.dsl), new FileArchive(fixture.home.archive()), Limits.defaults(),
                new ReceiptWriter(fixture.home.receipts(), demo), "C" + file.getFileName());
        FileIngestor.Completed done = ingestor.complete(ingestor.prepare(file.getParent(), file));
        Grid grid = done.opened() == null ? null : done.opened().grid();
        FileOutcome o = ingestor.receipt(done);
        assertThat(o.allFindings()).as("nothing to mark on a cell").noneMatch(f -> f.sheet() != null && f.cell() != null);
        Path streamed = o.receipts().stream().filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        Path poi = ExcelReceipt.withPoi(o, grid, root.resolve("poi-" + file.getFileName() + ".xlsx"), demo);
        return new Path[] {streamed, poi};
    }

    @Test
    void anAcceptedFilesReceiptIsTheOneTheFullWriterMakes() throws Exception {
        Path in = Files.createDirectories(root.resolve("ok"));
        Path[] r = bothWays(Fixtures.template(in.resolve("中心医院一季度.xlsx"), Fixtures.HOSPITAL, "2026Q1", Fixtures.core()), false);
        same(r[0], r[1]);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(r[0]))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("报送回执");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("中心医院一季度.xlsx");
            assertThat(s.getRow(6).getCell(1).getStringCellValue()).startsWith("已接收");
            assertThat(s.getRow(13).getCell(0).getStringCellValue()).isEqualTo("没有发现问题，全部数值已入库。");
            assertThat(s.getHeader().getCenter()).isEqualTo("中心医院一季度.xlsx　回执");
        }
    }

    @Test
    void aRefusedFileWithLongMessagesAndMarkupInItsNameIsTheSameBothWays() throws Exception {
        Path in = Files.createDirectories(root.resolve("refused"));
        Path empty = Files.createFile(in.resolve("A&B <二院> 三季度.xlsx"));
        Path[] r = bothWays(empty, false);
        same(r[0], r[1]);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(r[0]))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("A&B <二院> 三季度.xlsx");
            assertThat(s.getRow(13).getCell(2).getStringCellValue()).isEqualTo("整个文件");
            assertThat(s.getRow(13).getCell(4).getStringCellValue()).contains("是空的（0 字节）");
            assertThat(s.getRow(13).getHeightInPoints()).as("a wrapped message raises its row").isGreaterThan(30f);
            assertThat(s.getHeader().getCenter()).isEqualTo("A&&B <二院> 三季度.xlsx　回执");
        }
    }

    @Test
    void aDemoReceiptSaysSoBothWaysAndPrintsInChinese() throws Exception {
        Path in = Files.createDirectories(root.resolve("demo"));
        Path[] r = bothWays(Fixtures.template(in.resolve("示例.xlsx"), "H51040003", "2026Q2", Fixtures.core()), true);
        same(r[0], r[1]);
        List<WorkbookPrintCheck.Printed> printed = WorkbookPrintCheck.print(List.of(r[0], r[1]),
                Files.createDirectories(root.resolve("print")));
        assertThat(printed.get(0).problems()).isEmpty();
        String text = String.join("\n", printed.get(0).textOf(ExcelReceipt.SHEET));
        assertThat(text).contains("报送回执（示例数据，非真实数据）", "示例.xlsx", "第 1 页 共 1 页")
                .isEqualTo(String.join("\n", printed.get(1).textOf(ExcelReceipt.SHEET)));
    }

    @Test
    void markupAndCharactersXmlCannotCarryAreEscapedAsExcelReadsThem() {
        assertThat(CleanReceipt.xml("a&b<c>\"d\"")).isEqualTo("a&amp;b&lt;c&gt;&quot;d&quot;");
        assertThat(CleanReceipt.xml("x\u0001y")).isEqualTo("x_x0001_y");
        assertThat(CleanReceipt.xml("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(CleanReceipt.xml("_x00G1_ 医院\t\n")).isEqualTo("_x00G1_ 医院\t\n");
        assertThat(CleanReceipt.xml("\uD83C\uDFE5")).isEqualTo("\uD83C\uDFE5");
        assertThat(CleanReceipt.xml("\uD83C")).isEqualTo("_xD83C_");
    }

    /** The same workbook as a reader sees it: parts, sheets, cells, styles, heights, merges, page setup. */
    private static void same(Path streamed, Path poi) throws Exception {
        assertThat(parts(streamed)).isEqualTo(parts(poi));
        try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(streamed));
             XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(poi))) {
            assertThat(a.getNumberOfSheets()).isEqualTo(1).isEqualTo(b.getNumberOfSheets());
            assertThat(a.getSheetName(0)).isEqualTo(ExcelReceipt.SHEET);
            assertThat(a.getActiveSheetIndex()).isEqualTo(b.getActiveSheetIndex());
            assertThat(a.getNumCellStyles()).isEqualTo(b.getNumCellStyles());
            assertThat(a.getNumberOfFonts()).isEqualTo(b.getNumberOfFonts());
            XSSFSheet s = a.getSheetAt(0);
            XSSFSheet t = b.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(t.getLastRowNum());
            for (int r = 0; r <= t.getLastRowNum(); r++) {
                Row x = s.getRow(r);
                Row y = t.getRow(r);
                assertThat(x == null).as("row %d", r).isEqualTo(y == null);
                if (y == null) {
                    continue;
                }
                assertThat(x.getHeightInPoints()).as("height of row %d", r + 1).isEqualTo(y.getHeightInPoints());
                assertThat(x.getLastCellNum()).isEqualTo(y.getLastCellNum());
                for (Cell c : y) {
                    Cell d = x.getCell(c.getColumnIndex());
                    assertThat(d.getStringCellValue()).as("text of %s", c.getAddress()).isEqualTo(c.getStringCellValue());
                    assertThat(style(d.getCellStyle())).as("style of %s", c.getAddress()).isEqualTo(style(c.getCellStyle()));
                }
            }
            for (int c = 0; c < 8; c++) {
                assertThat(s.getColumnWidth(c)).isEqualTo(t.getColumnWidth(c));
            }
            assertThat(s.getMergedRegions()).hasSize(10).hasSameElementsAs(t.getMergedRegions());
            assertThat(s.getRepeatingRows()).isEqualTo(t.getRepeatingRows());
            assertThat(String.valueOf(s.getPaneInformation().getHorizontalSplitTopRow()))
                    .isEqualTo(String.valueOf(t.getPaneInformation().getHorizontalSplitTopRow())).isEqualTo("13");
            assertThat(s.getHeader().getCenter()).isEqualTo(t.getHeader().getCenter());
            assertThat(s.getFooter().getCenter()).isEqualTo(t.getFooter().getCenter());
            assertThat(s.getPrintSetup().getLandscape()).isTrue().isEqualTo(t.getPrintSetup().getLandscape());
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(t.getPrintSetup().getPaperSize());
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo(t.getPrintSetup().getFitWidth());
            assertThat(s.getPrintSetup().getFitHeight()).isEqualTo(t.getPrintSetup().getFitHeight());
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getHorizontallyCenter()).isTrue();
            for (short m : new short[] {Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin, Sheet.BottomMargin}) {
                assertThat(s.getMargin(m)).isEqualTo(t.getMargin(m));
            }
        }
    }

    private static String style(CellStyle cs) {
        XSSFCellStyle x = (XSSFCellStyle) cs;
        assertThat(x.getFont().getFontName()).isEqualTo(Paper.CJK_FONT);
        return x.getIndex() + " " + x.getFont().getBold() + " " + x.getFont().getFontHeightInPoints() + " "
                + x.getFillForegroundColor() + " " + x.getFillPattern() + " " + x.getBorderTop() + " " + x.getWrapText()
                + " " + x.getVerticalAlignment();
    }

    private static List<String> parts(Path xlsx) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            z.stream().forEach(e -> names.add(e.getName()));
        }
        assertThat(names).noneMatch(n -> n.contains("vba") || n.contains("externalLink"));
        return names.stream().sorted().toList();
    }
}
