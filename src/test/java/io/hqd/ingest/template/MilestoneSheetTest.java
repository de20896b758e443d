package io.hqd.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.demo.DemoRegistry;
import io.hqd.demo.DemoScope;
import io.hqd.evaluate.milestone.MilestoneState;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.MilestoneSheetReader;
import io.hqd.ingest.read.ReadContext;
import io.hqd.ingest.read.ReadResult;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.read.WorkbookReader;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/** The 规划任务 sheet, written into a real template and read back from the real file, with its validation. */
class MilestoneSheetTest {

    private static final Periods PERIOD = Periods.parse("2026Q3");
    private static Catalog catalog;
    private static List<HospitalVersion> registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadBundled();
        registry = DemoRegistry.build(catalog, DemoScope.defaults(LocalDate.of(2026, 11, 29)));
    }

    private TemplateRequest request(String hospital) {
        return new TemplateIssuer(catalog, registry).hospital(hospital, PERIOD, Map.of());
    }

    private Path write(TemplateRequest r) throws Exception {
        Path file = dir.resolve("t.xlsx");
        SubmissionTemplate.write(r, Map.of(), file);
        return file;
    }

    private static int rowOf(Sheet s, String quote) {
        for (Row r : s) {
            if (r.getCell(MilestoneSheet.COL_DELIVERABLE) != null
                    && quote.equals(r.getCell(MilestoneSheet.COL_DELIVERABLE).getStringCellValue())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(quote + " not in the sheet");
    }

    /** Fills the input cells of the row holding {@code quote}, saves, and reads the file back. */
    private ReadResult fillAndRead(Path file, String quote, String state, String date, String evidence, String document)
            throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MilestoneSheet.SHEET);
            Row r = s.getRow(rowOf(s, quote));
            r.getCell(MilestoneSheet.COL_STATE).setCellValue(state);
            r.getCell(MilestoneSheet.COL_DATE).setCellValue(date);
            r.getCell(MilestoneSheet.COL_EVIDENCE).setCellValue(evidence);
            r.getCell(MilestoneSheet.COL_DOCUMENT).setCellValue(document);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return WorkbookReader.read(new WorkbookOpener(Limits.defaults()).open(file).grid(),
                new ReadContext(SubmissionTemplate.elementsFor(catalog, ReporterType.HOSPITAL, 2026), Map.of()));
    }

    @Test
    void aHospitalsTemplateListsItsCommitmentsInThePlansWords() throws Exception {
        TemplateRequest r = request("H51150001");
        assertThat(r.milestones()).extracting(MilestoneSheet.Item::deliverable)
                .contains("市一医院总院搬迁至西区院区", "南岸院区建成妇产儿童院区")
                .doesNotContain("市二医院总院搬迁至临港院区");
        try (InputStream in = Files.newInputStream(write(r)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MilestoneSheet.SHEET);
            Row row = s.getRow(rowOf(s, "市一医院总院搬迁至西区院区"));
            assertThat(row.getCell(MilestoneSheet.COL_DUE).getStringCellValue()).isEqualTo("2026-12-31");
            assertThat(s.getDataValidations()).hasSize(2);
        }
    }

    @Test
    void aHospitalWithoutCommitmentsGetsNoSheet() throws Exception {
        // 南阳's only plan (篇2, one hospital's own campaign) binds that named hospital: a district hospital has none.
        HospitalVersion plain = registry.stream().filter(h -> h.regionCode().startsWith("4113") && !h.regionCode().equals("411300"))
                .findFirst().orElseThrow();
        TemplateRequest r = request(plain.code());
        assertThat(r.milestones()).isEmpty();
        try (InputStream in = Files.newInputStream(write(r)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet(MilestoneSheet.SHEET)).isNull();
        }
    }

    @Test
    void aCompletedStateWithDateEvidenceAndProofIsRead() throws Exception {
        ReadResult read = fillAndRead(write(request("H51150001")), "市一医院总院搬迁至西区院区", "已完成", "2026-09-30",
                "总院已整体搬迁", "宜卫发〔2026〕12号");
        assertThat(read.milestones()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(MilestoneState.done);
            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(e.document()).isEqualTo("宜卫发〔2026〕12号");
            assertThat(e.where().sheet()).isEqualTo(MilestoneSheet.SHEET);
        });
        assertThat(read.findings()).noneMatch(f -> f.rule().startsWith("milestone"));
    }

    @Test
    void doneWithoutProofIsAnErrorOnTheStateCell() throws Exception {
        ReadResult read = fillAndRead(write(request("H51150001")), "市一医院总院搬迁至西区院区", "已完成", "2026-09-30", "搬迁完成", "");
        assertThat(read.milestones()).isEmpty();
        Finding f = read.findings().stream().filter(x -> x.rule().equals(MilestoneSheetReader.RULE_PROOF)).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.sheet()).isEqualTo("规划任务");
        assertThat(f.cell()).startsWith("F");
        assertThat(f.message()).contains("证明文件");
    }

    @Test
    void aStateOutsideTheThreeIsAnError() throws Exception {
        ReadResult read = fillAndRead(write(request("H51150001")), "市一医院总院搬迁至西区院区", "基本完成", "", "", "");
        assertThat(read.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(MilestoneSheetReader.RULE_STATE);
            assertThat(f.message()).contains("基本完成", "未启动 / 推进中 / 已完成");
        });
        assertThat(read.milestones()).isEmpty();
    }

    @Test
    void aDateAfterThePeriodEndOrNotADateIsAnError() throws Exception {
        Path file = write(request("H51150001"));
        ReadResult late = fillAndRead(file, "市一医院总院搬迁至西区院区", "推进中", "2026-10-01", "", "");
        assertThat(late.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(MilestoneSheetReader.RULE_DATE);
            assertThat(f.message()).contains("晚于报告期末 2026-09-30");
        });
        ReadResult atEnd = fillAndRead(file, "市一医院总院搬迁至西区院区", "推进中", "2026年9月30日", "", "");
        assertThat(atEnd.milestones()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2026, 9, 30)));
        ReadResult garbage = fillAndRead(file, "市一医院总院搬迁至西区院区", "推进中", "九月底", "", "");
        assertThat(garbage.findings()).anySatisfy(f -> assertThat(f.message()).contains("「九月底」不是日期"));
    }

    @Test
    void aBureausTemplateCarriesItsCommitments() {
        TemplateRequest r = new TemplateIssuer(catalog, registry).region("371702", PERIOD, Map.of());
        assertThat(r.milestones()).extracting(MilestoneSheet.Item::deliverable)
                .contains("制定区级综合医院能力提升实施方案和工作计划", "基线调查、年度评估和总结评估")
                .doesNotContain("医院制定完善医院章程");
    }
}
