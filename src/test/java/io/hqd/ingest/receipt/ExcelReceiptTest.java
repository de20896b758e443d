package io.hqd.ingest.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
import io.hqd.ingest.template.ReporterType;

/** Receipts written from real workbooks and read back as a clerk's Excel would open them. */
class ExcelReceiptTest {
    @TempDir
    Path dir;

    private static final Finding FILE_ERROR = Finding.file("reporter_folder", Severity.ERROR, "文件放错了文件夹");
    private static final Finding RANGE = new Finding("填报表", "E7", "range", Severity.ERROR, "不能超过 100%", "5000", "x", null);
    private static final Finding JUMP = new Finding("填报表", "E7", "jump", Severity.WARNING, "与上期相比变化过大", "5000", "x", null);
    private static final Finding JUMP_ONLY = new Finding("填报表", "E9", "jump", Severity.WARNING, "与上期相比变化过大", "80", "y", null);

    private static Workbook submitted(Workbook wb) {
        Sheet s = wb.createSheet("填报表");
        for (int r = 0; r < 12; r++) {
            Row row = s.createRow(r);
            row.createCell(1).setCellValue("code" + r);
            row.createCell(4).setCellValue(r * 10);
        }
        s.getRow(6).getCell(4).setCellValue(5000);
        s.getRow(10).createCell(5).setCellFormula("E10*2");
        return wb;
    }

    private FileOutcome outcome(String name, Status status, List<Finding> findings, List<Finding> fileFindings) {
        Received r = new Received(dir.resolve(name), "H51180001/" + name, "ab".repeat(32), 100,
                LocalDateTime.of(2026, 10, 9, 9, 30, 5), "H51180001", null);
        LoadedSubmission sub = new LoadedSubmission("ab".repeat(32), ReporterType.HOSPITAL, "H51180001", "2026Q3", status,
                false, false, "2026.1", List.of(), findings);
        return new FileOutcome(r, false, List.of(sub), fileFindings, List.of());
    }

    @Test
    void anXlsWithMacrosComesBackAsAMacroFreeXlsxFiledByPeriodAndReporter() throws Exception {
        List<Path> files;
        try (Workbook wb = submitted(new HSSFWorkbook())) {
            files = new ReceiptWriter(dir.resolve("receipts"), false)
                    .write(outcome("雅安市人民医院三季度.xls", Status.PARTIAL, List.of(RANGE, JUMP, JUMP_ONLY), List.of()), io.hqd.ingest.read.PoiGrid.of(wb));
        }
        Path xlsx = files.get(1);
        assertThat(dir.resolve("receipts").relativize(xlsx).toString())
                .isEqualTo("2026Q3/H51180001/雅安市人民医院三季度_回执_" + "ab".repeat(6) + ".xlsx");
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()))
                    .noneMatch(n -> n.contains("vbaProject") || n.contains("externalLink"));
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("回执");
            assertThat(wb.getSheetAt(1).getRow(10).getCell(5).getCellType())
                    .as("formulas come back as values").isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            XSSFCell both = wb.getSheet("填报表").getRow(6).getCell(4);
            assertThat(both.getNumericCellValue()).isEqualTo(5000);
            assertThat(both.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.THICK_FORWARD_DIAG);
            assertThat(both.getCellStyle().getFillForegroundColor()).isEqualTo(ReceiptStyles.ERROR.getIndex());
            assertThat(both.getCellStyle().getFillBackgroundColor()).isEqualTo(ReceiptStyles.WARNING.getIndex());
            assertThat(both.getCellComment().getString().getString())
                    .contains("【错误·" + RuleNames.name("range") + "】", "【提示·" + RuleNames.name("jump") + "】");
            XSSFCell warning = wb.getSheet("填报表").getRow(8).getCell(4);
            assertThat(warning.getCellStyle().getFillForegroundColor()).isEqualTo(ReceiptStyles.WARNING.getIndex())
                    .isNotEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(wb.getSheet("填报表").getRow(9).getCell(4).getCellComment()).isNull();
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertThat(wb.getFontAt(i).getFontName()).isEqualTo(io.hqd.xlsx.Paper.CJK_FONT);
            }
            assertThat(wb.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
        }
    }

    private static String words(String code) {
        RuleNames.Rule r = RuleNames.of(code);
        assertThat(r.name()).doesNotStartWith("其他检查");
        return r.name() + "|" + r.todo();
    }

    @Test
    void theFirstSheetListsWhatToFixInOrderInWords() throws Exception {
        List<Path> files;
        try (Workbook wb = submitted(new XSSFWorkbook())) {
            files = new ReceiptWriter(dir, false)
                    .write(outcome("h.xlsx", Status.REJECTED, List.of(JUMP_ONLY, RANGE), List.of(FILE_ERROR)), io.hqd.ingest.read.PoiGrid.of(wb));
        }
        try (InputStream in = Files.newInputStream(files.get(1)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet front = wb.getSheetAt(0);
            List<String> lines = new ArrayList<>();
            boolean table = false;
            for (Row r : front) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("序号")) {
                    table = true;
                } else if (table) {
                    lines.add(r.getCell(1).getStringCellValue() + "|" + r.getCell(2).getStringCellValue() + "|"
                            + r.getCell(3).getStringCellValue() + "|" + r.getCell(6).getStringCellValue());
                }
            }
            assertThat(lines).containsExactly(
                    "错误|整个文件|" + words("reporter_folder"),
                    "错误|填报表!E7|" + words("range"),
                    "提示|填报表!E9|" + words("jump"));
            assertThat(front.getRow(9).getCell(1).getStringCellValue()).startsWith("文件未能入库").doesNotContain("reporter_folder");
        }
    }
}
