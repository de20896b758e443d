package io.hqd.report;

import static io.hqd.warehouse.schema.staged.Tables.MILESTONE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.milestone.MilestoneMart;
import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;

/**
 * (The city's analyst workbook, written by the same run, is read back for its milestone list too.)
 * A hospital's own PDF lists the commitments it answers for, each with its status, the quarter of the
 * report the status rests on, and the progress; commitments of other hospitals and of bureaus are not in it.
 * States are stored as ingest stores them, judged by the real milestone mart, printed by the real report job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HospitalMilestonesPdfTest {
    @TempDir
    static Path dir;
    Pipeline pipeline;
    String own;
    String city;
    Path workbook;

    @BeforeAll
    void render() throws Exception {
        HqdHome home = new HqdHome(dir).ensureLayout();
        ReportFixture fixture = new ReportFixture(home, true);
        pipeline = Pipeline.open(home);
        DSLContext dsl = pipeline.bean(DSLContext.class);
        fixture.load(dsl);
        // 雅安市人民医院: YA2022-45 done in Q2; YA2022-48 in progress in Q2, silent in Q3; YA2022-46 in progress in Q3.
        report(dsl, "2026Q2", "YA2022-45", "done", LocalDate.of(2026, 5, 8), "已领办芦山县人民医院", "雅卫发〔2026〕8号");
        report(dsl, "2026Q2", "YA2022-48", "in_progress", LocalDate.of(2026, 4, 1), "基地主体施工", null);
        report(dsl, "2026Q3", "YA2022-46", "in_progress", LocalDate.of(2026, 9, 1), "集团章程起草中", null);
        new MilestoneMart(dsl).refresh(fixture.catalog, new OrgUnits(fixture.catalog.regionsByCode(), fixture.hospitals),
                ReportFixture.PERIOD, "test", null);
        assertThat(pipeline.run("reportJob", Pipeline.parameters().addString("period", "2026Q3").addString("scope", "511800")
                .addString("run", "M1").toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        own = text(pdf(home, "H51180001_"));
        city = text(pdf(home, "511800_"));
        workbook = file(home, "511800_", ".xlsx");
    }

    private static void report(DSLContext dsl, String period, String target, String state, LocalDate on, String evidence,
                               String document) {
        dsl.insertInto(MILESTONE_REPORT).set(MILESTONE_REPORT.SUBMISSION_ID, "sub-H51180001-" + period)
                .set(MILESTONE_REPORT.TARGET_CODE, target).set(MILESTONE_REPORT.STATE, state)
                .set(MILESTONE_REPORT.STATE_DATE, on).set(MILESTONE_REPORT.EVIDENCE, evidence)
                .set(MILESTONE_REPORT.DOCUMENT, document).set(MILESTONE_REPORT.SHEET, "规划任务")
                .set(MILESTONE_REPORT.CELL, "F3").execute();
    }

    private static Path pdf(HqdHome home, String prefix) throws Exception {
        return file(home, prefix, ".pdf");
    }

    private static Path file(HqdHome home, String prefix, String suffix) throws Exception {
        try (var walk = Files.walk(home.reports())) {
            return walk.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(suffix))
                    .findFirst().orElseThrow(() -> new AssertionError("no file " + prefix + "*" + suffix));
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return PageCheck.plain(new PDFTextStripper().getText(doc));
        }
    }

    /**
     * A commitment's row as the PDF draws it, cell after cell: status and nature, the quarter reported, then
     * the deliverable (found by its first words) and what follows it on that line.
     */
    private String line(String start) {
        List<String> lines = own.lines().toList();
        for (int i = 3; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                return String.join("|", lines.subList(i - 3, i + 1));
            }
        }
        throw new AssertionError(start + " not in the hospital's PDF:\n" + own);
    }

    @AfterAll
    void close() {
        pipeline.close();
    }

    @Test
    void theHospitalsOwnReportHasItsCommitmentsSection() {
        assertThat(own).contains("本院规划任务（定性承诺）");
        assertThat(own).contains("状态／性质");   // the whole column header fits its narrow column
        assertThat(own).doesNotContain("批次");   // a run has one name (运行 #n), as on every other page
        assertThat(own).doesNotContain("本院本期没有需跟踪的规划任务");
    }

    @Test
    void eachCommitmentShowsItsStatusAndTheQuarterReported() {
        assertThat(line("持续推动市人民医院")).contains("已完成", "2026年第二季度");
        assertThat(line("由市人民医院牵头")).contains("按进度", "2026年第三季度");
        assertThat(line("依托市人民医院")).contains("无数据", "2026年第二季度");
        assertThat(line("建立患者综合服务")).contains("无数据", "从未报告");
        // Q2's words behind a 无数据 row say they are Q2's
        assertThat(own.replace("\n", "")).contains("（2026Q2 报送）基地主体施工").doesNotContain("；基地主体施工");
        assertThat(own.replace("\n", "")).contains("证明：雅卫发〔2026〕8号"); // the proof, wrapped in its cell
    }

    @Test
    void onlyThisHospitalsCommitmentsAreListed() {
        assertThat(own).doesNotContain("将市中医医院打造为"); // YA2022-42: 雅安市中医医院's
        assertThat(own).doesNotContain("建立“5G+急救”体系"); // YA2022-54: the city commission's
        assertThat(city).contains("建立“5G+急救”体系");
    }

    /** The city's analyst workbook, read back: its milestone list names the quarter each state was reported in. */
    @Test
    void theRegionWorkbookShowsTheQuarterEachStateWasReportedIn() throws Exception {
        Map<String, List<String>> reportedByTarget = new HashMap<>();
        try (var wb = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = wb.getSheet("规划任务（定性承诺）");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("报告状态");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("报告期");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                reportedByTarget.computeIfAbsent(r.getCell(3).getStringCellValue(), k -> new ArrayList<>())
                        .add(r.getCell(8).getStringCellValue());
            }
        }
        assertThat(reportedByTarget.get("YA2022-45")).containsExactly("2026年第二季度");  // done in Q2
        assertThat(reportedByTarget.get("YA2022-46")).containsExactly("2026年第三季度");  // in progress this quarter
        assertThat(reportedByTarget.get("YA2022-48")).containsExactly("2026年第二季度");  // Q2 state, not renewed
        assertThat(reportedByTarget.get("YA2022-54")).containsExactly("从未报告");        // the city commission's
        assertThat(reportedByTarget.get("YA2022-51")).isNotEmpty().containsOnly("从未报告");
    }
}
