package io.hqd.report;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
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
import org.springframework.batch.core.job.JobExecution;

import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;
import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import io.hqd.report.bench.StageTimes;

/** Runs the real report job twice over a seeded DuckDB home and reads the PDFs and workbooks back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportJobTest {
    @TempDir
    static Path dir;
    HqdHome home;
    Pipeline pipeline;
    DSLContext dsl;
    ReportFixture fixture;
    /** The home's log file as it stood when run R2 ended: what a terminal, the log and a cron mail showed. */
    List<String> logAfterR2;

    @BeforeAll
    void render() throws Exception {
        home = new HqdHome(dir).ensureLayout();
        fixture = new ReportFixture(home, true);
        pipeline = Pipeline.open(home);
        dsl = pipeline.bean(DSLContext.class);
        fixture.load(dsl);
        assertThat(run("R1").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // Between the packs: one hospital's status moves and a corrected file arrives.
        Status was = dsl.select(EVALUATION.STATUS).from(EVALUATION).where(EVALUATION.PERIOD_CODE.eq("2026Q3"),
                EVALUATION.ENTITY_CODE.eq("H51180011"), EVALUATION.TARGET_CODE.eq("YA2022-09")).fetchOne().value1();
        dsl.update(EVALUATION).set(EVALUATION.STATUS, was == Status.not_met ? Status.met : Status.not_met)
                .where(EVALUATION.PERIOD_CODE.eq("2026Q3"), EVALUATION.ENTITY_CODE.eq("H51180011"),
                        EVALUATION.TARGET_CODE.eq("YA2022-09")).execute();
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, "sub-late-fix").set(SUBMISSION.REPORTER_TYPE, "hospital")
                .set(SUBMISSION.REPORTER_CODE, "H51180013").set(SUBMISSION.PERIOD_CODE, "2026Q3")
                .set(SUBMISSION.ORIGINAL_NAME, "雨城区妇幼更正.xlsx").set(SUBMISSION.RECEIVED_AT, LocalDateTime.now().plusMinutes(1))
                .set(SUBMISSION.STATUS, "rejected").set(SUBMISSION.LATE, true).execute();
        Thread.sleep(5);
        assertThat(run("R2").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        logAfterR2 = Files.readAllLines(home.logFile());
    }

    private JobExecution run(String name) throws Exception {
        return pipeline.run("reportJob", Pipeline.parameters().addString("period", "2026Q3")
                .addString("scope", "all").addString("run", name).toJobParameters());
    }

    @AfterAll
    void close() {
        pipeline.close();
    }

    Path out(String run) {
        return home.reports().resolve("2026Q3").resolve(run);
    }

    /**
     * Progress on long work: each step's closing bar line counts what run R2 really wrote, pages included; the city
     * pack (a step of its own, first) and the counties' packs with every hospital's report add up to the run's PDFs.
     */
    @Test
    void theRunsLogCountsThePacksWorkbooksAndPagesItWrote() {
        var pdfs = dsl.selectFrom(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq("R2"), REPORT_FILE.FORMAT.eq("pdf")).fetch();
        long packs = pdfs.stream().filter(f -> !f.getPath().contains("/hospitals/")).count();
        var city = pdfs.stream().filter(f -> f.getPath().contains("/511800_")).toList();
        int pages = pdfs.stream().mapToInt(f -> f.getPages()).sum();
        int cityPages = city.stream().mapToInt(f -> f.getPages()).sum();
        int workbooks = dsl.fetchCount(REPORT_FILE, REPORT_FILE.RUN_ID.eq("R2"), REPORT_FILE.FORMAT.eq("xlsx"));
        assertThat(packs).isEqualTo(4);
        assertThat(city).hasSize(1);
        assertThat(pdfs).hasSize(4 + fixture.hospitals.size());
        assertThat(lastLine("生成市级会议材料 [")).matches("生成市级会议材料 \\[█{20}] 100%  1/1 份会议材料，已用 [^，]+，共 1 个 PDF 文件，"
                + cityPages + " 页");
        assertThat(lastLine("生成县区和医院会议材料 [")).matches("生成县区和医院会议材料 \\[█{20}] 100%  " + packs + "/" + packs
                + " 个地区，已用 [^，]+，共 " + (pdfs.size() - 1) + " 个 PDF 文件，" + (pages - cityPages) + " 页");
        assertThat(lastLine("生成分析工作簿 [")).matches("生成分析工作簿 \\[█{20}] 100%  " + workbooks + "/" + workbooks
                + " 个工作簿，已用 [^，]+");
        assertThat(workbooks).isEqualTo(4);
    }

    /** The last line of the home's log (as it stood after R2) that contains {@code text}, without its time and logger. */
    /**
     * The city pack, what leaders read, is written in a step of its own before the county packs and the hospitals'
     * reports: its file is recorded before every other PDF of the run, and the step ends before the next begins.
     */
    @Test
    void theCityPackIsReadyBeforeAnyCountyPackOrHospitalReport() {
        var pdfs = dsl.selectFrom(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq("R2"), REPORT_FILE.FORMAT.eq("pdf")).fetch();
        var city = pdfs.stream().filter(f -> f.getPath().contains("/511800_雅安市_")).findFirst().orElseThrow();
        assertThat(pdfs).filteredOn(f -> f != city).isNotEmpty()
                .allSatisfy(f -> assertThat(f.getCreatedAt()).isAfter(city.getCreatedAt()));
        int cityEnds = indexOf("结束：生成市级会议材料");
        assertThat(cityEnds).isPositive().isLessThan(indexOf("开始：生成县区和医院会议材料"));
        assertThat(logAfterR2.get(cityEnds)).contains("写入 1");
        // the city pack's line names the pack alone; its hospitals' reports come in the next step, under their own line
        assertThat(logAfterR2.get(indexOf("会议材料 511800_"))).matches(".*会议材料 511800_雅安市_\\S+\\.pdf（\\d+ 页）");
        assertThat(indexOf("家医院的报告（雅安市人民医院 等）")).isGreaterThan(indexOf("开始：生成县区和医院会议材料"));
        assertThat(StageTimes.cityPacksDone(dsl, "R2")).isEqualTo(city.getCreatedAt());
    }

    /** The line of R2's log holding {@code text} last, or -1. */
    private int indexOf(String text) {
        for (int i = logAfterR2.size() - 1; i >= 0; i--) {
            if (logAfterR2.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private String lastLine(String text) {
        String line = logAfterR2.stream().filter(l -> l.contains(text)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no line with " + text + " in the home's log"));
        return line.substring(line.indexOf(text));
    }

    @Test
    void writesOnePackAndWorkbookPerRegionWithManifest() throws Exception {
        Path city = out("运行2").resolve("511800_雅安市_2026Q3_运行2.pdf");
        String manifest = Files.readString(out("运行2").resolve("manifest.csv"));
        assertThat(city).isRegularFile();
        assertThat(out("运行2").resolve("511802_雨城区_2026Q3_运行2.pdf")).isRegularFile();
        assertThat(out("运行2").resolve("511800_雅安市_2026Q3_运行2_分析.xlsx")).isRegularFile();
        // the city and its 3 counties with hospitals, a PDF and a workbook each, and one PDF per hospital
        var files = dsl.selectFrom(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq("R2")).fetch();
        assertThat(files).hasSize(8 + fixture.hospitals.size());
        Path own = out("运行2").resolve("hospitals/H51180011_雨城区人民医院_2026Q3_运行2.pdf");
        try (PDDocument doc = Loader.loadPDF(own.toFile())) {
            String text = String.join("\n", pages(doc));
            assertThat(text).contains("雨城区人民医院", "YA2022-09", "雅办发〔2022〕66号").doesNotContain("名山区人民医院");
        }
        assertThat(manifest).contains("hospitals/H51180011_雨城区人民医院_2026Q3_运行2.pdf,雨城区人民医院,pdf,");
        assertThat(manifest).contains("511800_雅安市_2026Q3_运行2.pdf,雅安市卫生健康委员会,pdf,");
        assertThat(manifest).contains(io.hqd.report.publish.ReportFiles.sha256(city));
        assertThat(Files.readString(out("运行2").resolve("manifest.json"))).contains("\"recipient\" : \"雨城区卫生健康局\"");
    }

    @Test
    void cityPackNumbersEveryPageEmbedsFontsAndMarksDemo() throws Exception {
        Path pdf = out("运行2").resolve("511800_雅安市_2026Q3_运行2.pdf");
        int recorded = dsl.select(REPORT_FILE.PAGES).from(REPORT_FILE)
                .where(REPORT_FILE.RUN_ID.eq("R2"), REPORT_FILE.PATH.eq("2026Q3/运行2/511800_雅安市_2026Q3_运行2.pdf")).fetchOne().value1();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = doc.getNumberOfPages();
            assertThat(n).isEqualTo(recorded).isGreaterThan(8);
            List<String> pages = pages(doc);
            for (int i = 0; i < n; i++) {
                assertThat(pages.get(i)).contains("第 " + (i + 1) + " 页 共 " + n + " 页").contains("示例数据");
                // no empty pages: beyond the running header and footer every page carries content
                long content = pages.get(i).lines().filter(l -> !l.isBlank() && !l.contains("示例数据")
                        && !l.contains("第 ") && !l.contains("运行 #")).count();
                // (a section without rows still says so under its title; a chart page has its chart's title)
                assertThat(content).as("page %d has content: %s", i + 1, pages.get(i)).isPositive();
                assertThat(pages.get(i)).as("page %d", i + 1).doesNotContainPattern("(?m)^null$|\\bnull\\b");
            }
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String all = String.join("\n", pages);
            assertThat(all).contains("雅安市卫生健康委员会", "2026年第三季度", "雨城区中医医院", "荥经县妇幼保健院", "YA2022-08",
                    "雅办发〔2022〕66号", "× 未达标", "区县对比");
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsSubsequence("封面", "本期结论", "附表一　目标达成概况", "附表二　区县对比",
                    "附表三　需关注的医院（按级别类别分组）");
        }
    }

    /**
     * The county comparison, rendered by the real renderer, prints every value, target and change with its unit.
     * The fixture judges hospitals only, so this test adds the counties' rows of a percentage target (YA2022-03)
     * and of CMI (YA2022-01, no unit) for this quarter and the last, and takes them out again afterwards.
     */
    @Test
    void everyCountyComparisonCellCarriesItsUnit() throws Exception {
        String[] counties = {"511802", "511803", "511822"};
        String[] names = {"雨城区", "名山区", "荥经县"};
        double[][] mis = {{23.456, 21.2}, {18.04, 19.5}, {30.0, 27.25}};
        double[][] cmi = {{0.91, 0.88}, {0.87, 0.9}, {1.02, 0.97}};
        double[][] energy = {{150.5, 160.25}, {98.0, 97.5}, {210.125, 230.0}}; // 元/万元
        try {
            for (int c = 0; c < counties.length; c++) {
                for (int q = 0; q < 2; q++) {
                    String period = q == 0 ? "2026Q3" : "2026Q2";
                    countyRow(period, "YA2022-03", counties[c], names[c], mis[c][q], 25.0, mis[c][q] >= 25 ? Status.met : Status.behind);
                    countyRow(period, "YA2022-01", counties[c], names[c], cmi[c][q], 0.9, cmi[c][q] >= 0.9 ? Status.met : Status.behind);
                    countyRow(period, "YA2022-37", counties[c], names[c], energy[c][q], energy[c][1],
                            energy[c][0] <= energy[c][1] ? Status.met : Status.not_met);
                }
            }
            var pack = new io.hqd.report.data.PackDataBuilder(dsl, io.hqd.warehouse.Periods.parse("2026Q3"), "R2").build("511800");
            Path file = dir.resolve("county-units.pdf");
            pipeline.bean(io.hqd.report.pdf.PackPdfRenderer.class).render(pack, "运行 #2", false, java.time.LocalDate.now(), file);
            String section;
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                List<String> pages = pages(doc);
                int from = 0;
                while (!pages.get(from).contains("附表二　区县对比")) {
                    from++;
                }
                int to = from;
                while (to < pages.size() && !pages.get(to).contains("附表三")) {
                    to++;
                }
                section = String.join("\n", pages.subList(from, to));
            }
            // 23.456 → 23.46%, 18.04 → 18.04%; the change +2.26 / -1.46 in 个百分点; the target ≥ 25.00%
            var rows = pack.counties();
            var percent = rows.stream().filter(r -> r.meta().isPercent()).toList();
            assertThat(percent).hasSize(3);
            for (var r : percent) {
                assertThat(section).as(r.countyName()).contains(io.hqd.report.Fmt.num(r.value(), r.meta().decimals()) + "%");
                assertThat(r.targetText()).startsWith("≥").endsWith("%");
                assertThat(section).contains(r.targetText(),
                        io.hqd.report.Fmt.signed(r.change(), r.meta().decimals()) + " 个百分点");
            }
            assertThat(section).contains("23.46%", "18.04%", "30.00%", "+2.26 个百分点", "-1.46 个百分点");
            // no bare number outside the unitless CMI rows: each number with decimals is followed by a unit
            List<String> cmiNumbers = new ArrayList<>();
            for (var r : rows.stream().filter(r -> !r.meta().isPercent()).toList()) {
                var m = java.util.regex.Pattern.compile("\\d+\\.\\d+")
                        .matcher(r.getValueText() + " " + r.getTargetText() + " " + r.getChangeText());
                while (m.find()) {
                    cmiNumbers.add(m.group());
                }
            }
            assertThat(cmiNumbers).isNotEmpty();
            countyWorkbookCarriesTheSameUnitsAsThePdf(pack);
            var bare = java.util.regex.Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?=\\n|$| (?!个百分点))").matcher(section);
            while (bare.find()) {
                assertThat(cmiNumbers).as("bare number %s in: %s", bare.group(), section).contains(bare.group());
            }
        } finally {
            dsl.deleteFrom(EVALUATION).where(EVALUATION.RUN_ID.eq("E-county-units")).execute();
        }
    }

    /**
     * The analyst workbook's 区县对比 sheet, read back: every figure is still a number, and what Excel shows for it
     * is what the PDF prints (23.46%, 150.50 元/万元, +2.26 个百分点), unit included.
     */
    private void countyWorkbookCarriesTheSameUnitsAsThePdf(io.hqd.report.data.PackData pack) throws Exception {
        Path book = dir.resolve("county-units.xlsx");
        io.hqd.report.xlsx.PackWorkbookWriter.write(pack, new io.hqd.report.data.LineageQuery(dsl)
                .fetch(io.hqd.warehouse.Periods.parse("2026Q3"), pack.facts()), io.hqd.report.data.IndicatorMeta.load(dsl, 2026), book);
        org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.CHINA);
        try (XSSFWorkbook wb = new XSSFWorkbook(book.toFile())) {
            Sheet sheet = wb.getSheet("区县对比");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("本期值");
            List<String> values = new ArrayList<>();
            var rows = pack.counties();
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                var r = rows.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(r.countyName());
                if (r.value() == null) {
                    assertThat(shown.formatCellValue(row.getCell(3))).isEmpty();
                    continue;
                }
                assertThat(row.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(shown.formatCellValue(row.getCell(3))).as("%s %s", r.indicatorName(), r.countyName())
                        .isEqualTo(r.getValueText().replace("*", ""));
                assertThat(shown.formatCellValue(row.getCell(5)).isEmpty() ? "—" : shown.formatCellValue(row.getCell(5)))
                        .as("change of %s %s", r.indicatorName(), r.countyName()).isEqualTo(r.getChangeText());
                values.add(shown.formatCellValue(row.getCell(3)) + " " + shown.formatCellValue(row.getCell(5)));
            }
            assertThat(String.join("\n", values)).contains("23.46% +2.26 个百分点", "18.04% -1.46 个百分点",
                    "150.50 元/万元 -9.75 元/万元", "210.13 元/万元");
        }
    }

    private void countyRow(String period, String target, String county, String name, double value, double targetValue,
                           Status status) {
        dsl.insertInto(EVALUATION).set(EVALUATION.RUN_ID, "E-county-units").set(EVALUATION.PERIOD_CODE, period)
                .set(EVALUATION.TARGET_CODE, target).set(EVALUATION.ENTITY_TYPE, EntityType.county).set(EVALUATION.ENTITY_CODE, county)
                .set(EVALUATION.ENTITY_NAME, name).set(EVALUATION.VALUE, value).set(EVALUATION.TARGET_VALUE, targetValue)
                .set(EVALUATION.STATUS, status).set(EVALUATION.PROVISIONAL, false)
                .set(EVALUATION.HOSPITALS_IN_SCOPE, 4).set(EVALUATION.HOSPITALS_MET, status == Status.met ? 4 : 2)
                .execute();
    }

    @Test
    void trendAxesStartAtTheFirstQuarterWithData() {
        var pack = new io.hqd.report.data.PackDataBuilder(dsl, io.hqd.warehouse.Periods.parse("2026Q3"), "R2").build("511800");
        assertThat(pack.trends()).isNotEmpty();
        for (var series : pack.trends()) {
            assertThat(series.values()).hasSameSizeAs(series.periods()).first().isNotNull();
            series.references().forEach(r -> assertThat(r.values()).hasSameSizeAs(series.periods()));
            assertThat(series.periods()).last().isEqualTo("2026Q3");
        }
    }

    @Test
    void hospitalTablesRepeatTheirHeaderOnEveryPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(out("运行2").resolve("511800_雅安市_2026Q3_运行2.pdf").toFile())) {
            List<String> hospitalPages = pages(doc).stream().filter(t -> t.contains("需关注的医院")).toList();
            assertThat(hospitalPages).isNotEmpty();
            for (String page : hospitalPages) {
                assertThat(page).contains("排名", "医院", "本期值", "进度值", "评价").doesNotContain("✓ 达标\n");
            }
            PDPage first = doc.getPages().get(pages(doc).indexOf(hospitalPages.get(0)));
            assertThat(first.getMediaBox().getWidth()).isGreaterThan(first.getMediaBox().getHeight()); // landscape
        }
    }

    @Test
    void workbookFiguresEqualPdfFiguresEqualWarehouse() throws Exception {
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(out("运行2").resolve("511800_雅安市_2026Q3_运行2.pdf").toFile())) {
            pdfText = String.join("\n", pages(doc));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(out("运行2").resolve("511800_雅安市_2026Q3_运行2_分析.xlsx").toFile())) {
            Sheet hospitals = wb.getSheet("医院");
            int checked = 0;
            for (Row r : hospitals) {
                if (r.getRowNum() == 0 || r.getCell(6) == null || r.getCell(6).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                String status = r.getCell(9).getStringCellValue();
                if (!java.util.Set.of("未达标", "滞后", "无数据").contains(status)) {
                    continue; // the pack lists the rows that need attention; all rows are in the workbook
                }
                String code = r.getCell(3).getStringCellValue();
                String target = r.getCell(1).getStringCellValue().replaceAll(".*（([^（，）]+)(，[^）]*)?）$", "$1");
                double inBook = r.getCell(6).getNumericCellValue();
                boolean percent = r.getCell(6).getCellStyle().getDataFormatString().endsWith("%");
                Double warehouse = dsl.select(EVALUATION.VALUE).from(EVALUATION).where(EVALUATION.PERIOD_CODE.eq("2026Q3"),
                        EVALUATION.ENTITY_CODE.eq(code), EVALUATION.TARGET_CODE.eq(target)).fetchOne().value1();
                double shown = Fmt.round(warehouse, 2);
                assertThat(percent ? inBook * 100 : inBook).isCloseTo(shown, org.assertj.core.data.Offset.offset(1e-9));
                String name = r.getCell(4).getStringCellValue();
                String county = r.getCell(5).getStringCellValue();
                assertThat(pdfText).contains(name + " " + county + " " + Fmt.num(warehouse, 2));
                checked++;
            }
            // YA2022-02/04/06 apply to other 三级 hospitals (none in the fixture), not its twelve 二级 ones.
            assertThat(checked).isGreaterThan(5);
            org.apache.poi.xssf.usermodel.XSSFSheet detail = wb.getSheet("明细");
            assertThat(detail.getRow(0).getCell(15).getStringCellValue()).isEqualTo("来源");
            assertThat(detail.getRow(0).getLastCellNum()).as("no long 来源文件 / 来源单元格 columns").isEqualTo((short) 16);
            org.apache.poi.xssf.usermodel.XSSFSheet sources = wb.getSheet("来源");
            assertThat(sources.getRow(0).getCell(9).getStringCellValue()).isEqualTo("来源文件");
            boolean lineage = false;
            for (Row r : detail) {
                // rows without a value (无数据) have no cells to trace; every traced row names its own files of that year
                // (the silent hospital's 2026Q3 figure is built on its Q1 and Q2 files only), one 来源 row per cell
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("医院")
                        && r.getCell(15).getHyperlink() != null) {
                    String link = r.getCell(15).getHyperlink().getAddress();
                    assertThat(r.getCell(15).getStringCellValue()).matches("\\d+ 个单元格 → 来源!A\\d+")
                            .endsWith(link.replace("'来源'!", "来源!"));
                    Row first = sources.getRow(Integer.parseInt(link.replaceAll(".*!A", "")) - 1);
                    assertThat(first.getCell(1).getStringCellValue()).isEqualTo(r.getCell(2).getStringCellValue());
                    assertThat(first.getCell(3).getStringCellValue()).isEqualTo(r.getCell(5).getStringCellValue());
                    assertThat(first.getCell(9).getStringCellValue()).contains(r.getCell(3).getStringCellValue() + "_" + r.getCell(0).getStringCellValue().substring(0, 4) + "Q");
                    assertThat(first.getCell(10).getStringCellValue() + "!" + first.getCell(11).getStringCellValue()).startsWith("填报表!C");
                    assertThat(first.getCell(8).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    lineage = true;
                } else if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("医院")) {
                    assertThat(r.getCell(15).getStringCellValue()).as("a hospital row without cells has no value").isEqualTo("无数据");
                    assertThat(r.getCell(9).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                }
            }
            assertThat(lineage).isTrue();
            assertThat(detail.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sources.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sources.getPaneInformation().isFreezePane()).isTrue();
            assertThat(detail.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(5);
            assertThat(detail.getRow(1).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(detail.getRow(1).getCell(14).getCellStyle().getWrapText()).as("说明 wraps in its column").isTrue();
            assertThat(detail.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void oneHospitalRerunOfAHospitalUnderTheCityRendersTheCityPackAndThatHospitalOnly() throws Exception {
        JobExecution rerun = pipeline.run("reportJob", Pipeline.parameters().addString("period", "2026Q3")
                .addString("scope", ReportFixture.CITY).addString(ReportRun.HOSPITAL, "H51180001")
                .addString("run", "R-one-hospital").toJobParameters());
        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var names = dsl.select(REPORT_FILE.PATH).from(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq("R-one-hospital"))
                .fetch(r -> Path.of(r.value1()).getFileName().toString());
        // the city's pack, its workbook and the hospital's own report: no county pack, no other hospital
        assertThat(names).hasSize(3).anyMatch(n -> n.startsWith("511800_雅安市_2026Q3_") && n.endsWith("_分析.xlsx"))
                .anyMatch(n -> n.startsWith("511800_雅安市_2026Q3_") && n.endsWith(".pdf"))
                .anyMatch(n -> n.startsWith("H51180001_雅安市人民医院_2026Q3_") && n.endsWith(".pdf"))
                .noneMatch(n -> n.startsWith("5118") && !n.startsWith("511800_"))   // no county's pack
                .noneMatch(n -> n.startsWith("H") && !n.startsWith("H51180001_"));  // no other hospital's report
    }

    @Test
    void secondPackListsWhatChangedSinceTheFirst() throws Exception {
        try (PDDocument doc = Loader.loadPDF(out("运行1").resolve("511800_雅安市_2026Q3_运行1.pdf").toFile())) {
            assertThat(String.join("\n", pages(doc))).contains("本地区首次生成会议材料");
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(out("运行2").resolve("511800_雅安市_2026Q3_运行2.pdf").toFile())) {
            text = String.join("\n", pages(doc));
        }
        assertThat(text).contains("对比基准：运行 #1", "状态变化", "雨城区人民医院", "新收报送", "雨城区妇幼更正.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(out("运行2").resolve("511800_雅安市_2026Q3_运行2_分析.xlsx").toFile())) {
            Sheet changes = wb.getSheet("变化");
            List<String> kinds = new ArrayList<>();
            changes.forEach(r -> kinds.add(r.getCell(0).getStringCellValue() + "|" + r.getCell(1).getStringCellValue()));
            assertThat(kinds).contains("状态变化|雨城区人民医院", "新收报送|雨城区妇幼保健院");
        }
    }

    @Test
    void everyPageOfEveryPdfIsNumberedInsideThePrintableAreaAndNotBlank() throws Exception {
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (var walk = Files.walk(home.reports())) {
            for (Path pdf : walk.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                problems.addAll(PageCheck.problems(pdf));
                files++;
            }
        }
        assertThat(files).isEqualTo(2 * (4 + fixture.hospitals.size()));
        assertThat(problems).isEmpty();
    }

    @Test
    void packOpensWithConclusionsInSentences() throws Exception {
        try (PDDocument doc = Loader.loadPDF(out("运行2").resolve("511800_雅安市_2026Q3_运行2.pdf").toFile())) {
            String words = pages(doc).get(1);
            assertThat(words).contains("本期结论", "一、总体情况", "项目标作出", "二、最需关注的差距", "1.", "责任单位",
                    "三、数据与变化", "对比基准：运行 #1");
            // the counts in the first sentence are the evaluation's own
            int judged = dsl.fetchCount(EVALUATION, EVALUATION.PERIOD_CODE.eq("2026Q3"), EVALUATION.STATUS.ne(Status.not_applicable));
            assertThat(words.replace("\n", "")).contains("作出 " + judged + " 项评价");
        }
    }

    @Test
    void hospitalReportShowsItsOwnFiguresRankAmongPeersTrendAndGaps() throws Exception {
        Path own = out("运行2").resolve("hospitals/H51180011_雨城区人民医院_2026Q3_运行2.pdf");
        try (PDDocument doc = Loader.loadPDF(own.toFile())) {
            String text = String.join("\n", pages(doc));
            assertThat(text).contains("本院结论", "雨城区人民医院", "市内同级同类排名", "近五个季度", "需要改进的方面");
            assertThat(text).containsPattern("第 ?\\d ?/ ?\\d");
            assertThat(text).doesNotContain("所在地", "排名 1\n");
        }
    }

    @Test
    void workbooksPrintOnA4LandscapeInAChineseFont() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(out("运行2").resolve("511800_雅安市_2026Q3_运行2_分析.xlsx").toFile())) {
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertThat(wb.getFontAt(i).getFontName()).isEqualTo(io.hqd.xlsx.Paper.CJK_FONT);
            }
            for (Sheet s : wb) {
                var print = s.getPrintSetup();
                assertThat(print.getPaperSize()).as(s.getSheetName()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getRepeatingRows()).as(s.getSheetName()).isNotNull();
                assertThat(s.getFooter().getCenter()).contains("&P", "&N");
                assertThat(s.getHeader().getCenter()).contains("雅安市");
            }
            Sheet summary = wb.getSheet("摘要");
            long planLines = 0;
            for (Row r : summary) {
                if (r.getRowNum() > 0 && !r.getCell(0).getStringCellValue().isEmpty()) {
                    planLines++;
                    assertThat(r.getCell(1)).isNull(); // a plan line carries no target
                }
            }
            long plans = dsl.fetchCount(dsl.selectDistinct(io.hqd.warehouse.schema.staged.Tables.TARGET.PLAN_CODE)
                    .from(EVALUATION).join(io.hqd.warehouse.schema.staged.Tables.TARGET)
                    .on(io.hqd.warehouse.schema.staged.Tables.TARGET.TARGET_CODE.eq(EVALUATION.TARGET_CODE))
                    .where(EVALUATION.PERIOD_CODE.eq("2026Q3"), EVALUATION.STATUS.ne(Status.not_applicable)));
            assertThat(planLines).isEqualTo(plans);
            Sheet hospitals = wb.getSheet("医院");
            java.util.Set<Integer> ranks = new java.util.HashSet<>();
            for (Row r : hospitals) {
                if (r.getRowNum() > 0 && r.getCell(2) != null && r.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    ranks.add((int) r.getCell(2).getNumericCellValue());
                }
            }
            assertThat(ranks).as("ranks among city peers, not all 1").contains(1, 2, 3);
        }
    }

    /**
     * Every workbook the run wrote, printed by LibreOffice as a person would print it (CI installs it; a missing
     * LibreOffice fails here, it never skips): each sheet prints, every page is A4 landscape with the sheet's
     * header row repeated and every column on it (nothing spills onto an extra page across), and 第 x 页 共 y 页.
     */
    @Test
    void everyWorkbookOfTheRunPrintsWithItsHeaderRowOnEveryPageWithinThePageWidth() throws Exception {
        assertThat(WorkbookPrintCheck.soffice()).as("LibreOffice (soffice): .ci/run installs libreoffice-calc-nogui").isNotNull();
        List<Path> books;
        try (var files = Files.walk(out("运行2"))) {
            books = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(books).hasSizeGreaterThan(1).anyMatch(b -> b.getFileName().toString().startsWith("511800_雅安市"));
        // The PDFs stay in target/workbook-print for a person to look at.
        Path work = Path.of("target", "workbook-print");
        List<WorkbookPrintCheck.Printed> printed = WorkbookPrintCheck.print(books, work);
        for (Path b : books) {
            Files.copy(b, work.resolve(b.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (int i = 0; i < books.size(); i++) {
            WorkbookPrintCheck.Printed p = printed.get(i);
            assertThat(p.problems()).as("%s printed on %d pages %s", books.get(i).getFileName(), p.pages(), p.pagesPerSheet()).isEmpty();
            assertThat(p.pagesPerSheet()).containsKeys("摘要", "医院", "明细", "来源");
        }
        WorkbookPrintCheck.Printed city = printed.get(books.indexOf(books.stream()
                .filter(b -> b.getFileName().toString().startsWith("511800_雅安市")).findFirst().orElseThrow()));
        assertThat(city.pagesPerSheet()).containsKey("区县对比");
        assertThat(city.pagesPerSheet().get("来源")).as("the source sheet runs over several pages, each with its header").isGreaterThan(1);
    }

    static List<String> pages(PDDocument doc) throws Exception {
        List<String> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            s.setStartPage(i);
            s.setEndPage(i);
            out.add(PageCheck.plain(s.getText(doc)));
        }
        return out;
    }
}
