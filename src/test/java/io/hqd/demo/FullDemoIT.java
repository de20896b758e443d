package io.hqd.demo;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;
import static io.hqd.warehouse.schema.staged.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.cli.HqdCommand;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;
import io.hqd.home.HqdHome;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;

/**
 * The demo exactly as the README's quick start runs it (the {@code demo} command with its defaults), checked
 * against the whole plan catalog: every target is judged on the demo, every hospital a target names has its row,
 * and every region and hospital gets its PDF.
 */
class FullDemoIT {
    @TempDir
    static Path dir;
    static String printed;
    static int exitCode;
    static Warehouse warehouse;
    static DSLContext dsl;
    static HqdHome home;
    static final Catalog CATALOG = CatalogLoader.load(null);
    static final String PERIOD = Periods.latestComplete(LocalDate.now()).code();
    /** The demo's nightly is the first run of its home: 运行 #1, filed as 运行1 (io.hqd.run.RunName). */
    static final String RUN_FOLDER = "运行1";

    @BeforeAll
    static void runTheDemo() {
        home = new HqdHome(dir.resolve("hqd-demo"));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exitCode = HqdCommand.execute("demo", "--home", home.root().toString());
        } finally {
            System.setOut(old);
        }
        printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        warehouse = Warehouse.open(home.warehouseFile());
        dsl = warehouse.dsl();
    }

    @AfterAll
    static void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void theDemoFinishesAndSaysWhereItsReportsAre() {
        assertThat(exitCode).isZero();
        assertThat(printed).contains("示例数据", "报表目录：" + home.reports(), "完成");
        String nightly = printed.lines().filter(l -> l.contains("夜间任务")).findFirst().orElseThrow();
        assertThat(nightly).as("every step of the nightly line in words")
                .contains("备份数据仓库", "接收", "核对回执", "评价", "报表").doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void everyCatalogTargetIsJudgedOnTheDemo() {
        Map<String, Set<Status>> statuses = new HashMap<>();
        dsl.select(EVALUATION.TARGET_CODE, EVALUATION.STATUS).from(EVALUATION).where(EVALUATION.PERIOD_CODE.eq(PERIOD))
                .forEach(r -> statuses.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
        List<String> unjudged = CATALOG.targets().stream().filter(t -> !t.isMilestone()).map(Target::targetCode)
                .filter(code -> statuses.getOrDefault(code, Set.of()).stream()
                        .noneMatch(s -> Set.of(Status.met, Status.on_track, Status.behind, Status.not_met).contains(s)))
                .toList();
        assertThat(statuses.keySet()).hasSize((int) CATALOG.targets().stream().filter(t -> !t.isMilestone()).count());
        assertThat(unjudged).as("targets without any judged row").isEmpty();
        Set<Status> all = new TreeSet<>();
        statuses.values().forEach(all::addAll);
        assertThat(all).contains(Status.met, Status.on_track, Status.behind, Status.not_met, Status.no_data);
    }

    @Test
    void everyHospitalATargetNamesHasItsRow() {
        for (Target t : CATALOG.targets()) {
            if (t.isMilestone() || t.scope().hospitals().isEmpty() || t.evaluateAt() != Target.EvaluateAt.hospital) {
                continue;
            }
            List<String> rows = dsl.select(EVALUATION.ENTITY_CODE).from(EVALUATION)
                    .where(EVALUATION.PERIOD_CODE.eq(PERIOD), EVALUATION.TARGET_CODE.eq(t.targetCode()),
                            EVALUATION.ENTITY_TYPE.eq(EntityType.hospital))
                    .fetch(r -> r.value1());
            assertThat(rows).as(t.targetCode()).containsAll(t.scope().hospitals());
        }
        assertThat(dsl.fetchCount(TARGET)).isEqualTo(CATALOG.targets().size());
    }

    @Test
    void everyCityPackIsAReadableChinesePdfInTheManifest() throws Exception {
        List<String> cities = List.of("510400_攀枝花市", "511800_雅安市", "511500_宜宾市", "420100_武汉市", "310000_上海市", "411300_南阳市");
        String manifest = Files.readString(home.reports().resolve(PERIOD).resolve(RUN_FOLDER).resolve("manifest.csv"));
        for (String city : cities) {
            Path pdf = home.reports().resolve(PERIOD).resolve(RUN_FOLDER).resolve(city + "_" + PERIOD + "_" + RUN_FOLDER + ".pdf");
            assertThat(manifest).contains(pdf.getFileName().toString());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = io.hqd.report.PageCheck.plain(new PDFTextStripper().getText(doc));
                assertThat(text).contains(city.substring(7), "示例数据", "目标达成概况", "共 " + doc.getNumberOfPages() + " 页");
            }
        }
        // one PDF for every hospital that some target applies to (hospitals no target applies to have nothing to show)
        List<String> judged = dsl.selectDistinct(EVALUATION.ENTITY_CODE).from(EVALUATION)
                .where(EVALUATION.PERIOD_CODE.eq(PERIOD), EVALUATION.ENTITY_TYPE.eq(EntityType.hospital), EVALUATION.STATUS.ne(Status.not_applicable))
                .fetch(r -> r.value1());
        List<String> pdfs = dsl.select(REPORT_FILE.PATH).from(REPORT_FILE)
                .where(REPORT_FILE.RUN_ID.eq("DEMO-" + PERIOD), REPORT_FILE.PATH.contains("/hospitals/")).fetch(r -> r.value1());
        assertThat(judged).hasSizeGreaterThan(90);
        for (String code : judged) {
            assertThat(pdfs).as(code).anyMatch(p -> p.contains("/hospitals/" + code + "_"));
        }
    }

    /**
     * The demo's units report their commitments: some done, some on schedule, some missing, all on paper; the
     * plans whose period has ended (攀枝花 2018—2020, and from 2026 the plans ending 2025) show their final state,
     * never 逾期; a running plan's commitment past its due date is left unfinished on purpose, so 逾期 is on paper
     * (in 2026 the only one past due is 上海's SH-P1-14, due 2025-12-31), and it is a running plan's.
     */
    @Test
    void qualitativeCommitmentsAreReportedJudgedAndPrinted() throws Exception {
        var rows = dsl.selectFrom(io.hqd.warehouse.schema.marts.Tables.MILESTONE_STATUS)
                .where(io.hqd.warehouse.schema.marts.Tables.MILESTONE_STATUS.PERIOD_CODE.eq(PERIOD)).fetch();
        assertThat(rows.stream().map(r -> r.getStatus()).distinct().toList())
                .contains("done", "on_schedule", "no_data", "closed", "overdue");
        assertThat(rows).filteredOn(r -> r.getTargetCode().startsWith("PZH2018-")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getStatus()).isIn("done", "closed"));
        assertThat(rows).filteredOn(r -> r.getStatus().equals("closed"))
                .allSatisfy(r -> assertThat(r.getDaysOverdue()).isZero());
        assertThat(rows).filteredOn(r -> r.getStatus().equals("overdue"))
                .allSatisfy(r -> assertThat(r.getTargetCode()).doesNotStartWith("PZH2018-"));
        assertThat(rows).filteredOn(r -> r.getStatus().equals("done"))
                .allSatisfy(r -> assertThat(r.getDocument()).isNotBlank());
        Path pdf = home.reports().resolve(PERIOD).resolve(RUN_FOLDER).resolve("510400_攀枝花市_" + PERIOD + "_" + RUN_FOLDER + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = io.hqd.report.PageCheck.plain(new PDFTextStripper().getText(doc)).replaceAll("\\s+", "");
            assertThat(text).contains("规划任务（定性承诺）", "逾期", "打造攀西人类辅助生殖中心", "不计入逾期");
        }
    }

    /** Every page of every PDF of the full demo (not a fixture): numbered right, inside the printable area, not blank. */
    @Test
    void everyPageOfEveryPackIsFitToHandOut() throws Exception {
        List<String> problems = new java.util.ArrayList<>();
        int pdfs = 0;
        try (var walk = Files.walk(home.reports().resolve(PERIOD).resolve(RUN_FOLDER))) {
            for (Path pdf : walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                problems.addAll(io.hqd.report.PageCheck.problems(pdf));
                pdfs++;
            }
        }
        assertThat(pdfs).isGreaterThan(120);
        assertThat(problems).isEmpty();
    }

    /**
     * The analyst workbooks of the largest city (攀枝花, the most 明细 and 来源 rows) and of a county, printed by
     * LibreOffice as a person prints them: every page clean (WorkbookPrintCheck: A4, header row repeated, nothing
     * drawn over anything — text spilling from a cell or a row too low for its wrapped text —, readable size, page
     * numbers). Main's workbooks failed this on the demo: 攀枝花's 区县对比 and 明细 printed text over their
     * neighbours and its 医院 sheet shrank to 3.9 pt glyphs.
     */
    @Test
    void theLargestCityAndACountyWorkbookPrintCleanly() throws Exception {
        assertThat(io.hqd.report.WorkbookPrintCheck.soffice()).as("LibreOffice (soffice): .ci/run installs libreoffice-calc-nogui").isNotNull();
        List<io.hqd.report.WorkbookPrintCheck.Printed> printed = io.hqd.report.WorkbookPrintCheck.print(largestCityAndACounty(),
                Files.createDirectories(dir.resolve("workbook-print")));
        for (io.hqd.report.WorkbookPrintCheck.Printed p : printed) {
            assertThat(p.problems()).as("printed on %d pages %s", p.pages(), p.pagesPerSheet()).isEmpty();
            assertThat(p.pagesPerSheet().get("来源")).isPositive();
        }
        // the sheets read at meetings print at a readable size: Chinese glyph boxes 8.3 pt high on 医院 and 7.1 on
        // 规划任务 (about 12 at full size); 7.1 and 5.1 when their columns added up to 210 and 300 characters
        for (io.hqd.report.WorkbookPrintCheck.Printed p : printed) {
            assertThat(p.glyphHeight("医院")).as("医院").isGreaterThanOrEqualTo(8.0f);
            assertThat(p.glyphHeight("规划任务（定性承诺）")).as("规划任务").isGreaterThanOrEqualTo(6.8f);
        }
        // 攀枝花's sheets run over many pages, each with its header row (南溪区's 明细 and 来源 fit one page each)
        assertThat(printed.get(0).pagesPerSheet().get("明细")).isGreaterThan(1);
        assertThat(printed.get(0).pagesPerSheet().get("来源")).isGreaterThan(1);
    }

    /**
     * The largest blank between two rows' text on 明细 and 来源 printed at full size, in lines (WorkbookPrintCheck:
     * the line pitch of the page's type). The goal is 1.9 (one line of LibreOffice's 16 pt pitch plus the row's
     * 3 pt padding: no wasted line). Before the long 来源文件 / 来源单元格 columns moved to 来源 (one row per
     * cell), 明细 measured 7.0 lines on 南溪区, 7.2 on 宜宾 and 6.4 on 攀枝花. Measured with 来源 as its own sheet (2026-11-30), 明细 / 来源 in lines:
     * with WrappedText at LibreOffice's metrics only (a Chinese character 1.55 column units): 攀枝花 3.0 / 2.4,
     * 宜宾 3.6 / 2.4, 南溪区 2.4 / 2.4; with WrappedText also fitting Excel's 宋体 (a Chinese character 2 units, the
     * taller of the two counts): 攀枝花 5.2 / 2.5, 宜宾 8.0 / 2.4, 南溪区 3.8 / 2.4 — the price of rows that never
     * clip in Excel, paid mostly by long Chinese 说明 cells of region rows. What is left on 来源 is digits among
     * Chinese text counted wider than LibreOffice prints them: a file name such as
     * H51150313/宜宾市南溪区妇幼保健院2026年第三季度高质量发展监测数据.xlsx prints on one line of a 52-wide column
     * and is counted as two. The bound sits just above the largest figure; lower it as the estimate improves.
     */
    static final float LARGEST_BLANK_LINES = 8.5f;

    /**
     * 明细 and 来源 rows no taller than their text, where the row's height decides: the wrapped columns (明细: 对象,
     * 指标, 说明; 来源: 对象, 指标, 来源文件) printed at full size, so nothing drawn over anything (no
     * row too low: never clipped in Excel) and the blank between two rows' text within {@link #LARGEST_BLANK_LINES}.
     */
    @Test
    void detailRowsAreNoTallerThanTheirTextAtFullSize() throws Exception {
        // every column that wraps on the demo's data, one page across at full size (codes, the 来源 link and the
        // 要素代码 / 指标代码 columns hold one line: each is as wide as its longest entry)
        Map<String, int[]> wrapped = Map.of("明细", new int[] {3, 6, 14}, "来源", new int[] {2, 4, 9});
        List<String> gaps = new java.util.ArrayList<>();
        for (Path book : largestCityCityAndCounty()) {
            for (String sheet : List.of("明细", "来源")) {
                io.hqd.report.WorkbookPrintCheck.Printed p = io.hqd.report.WorkbookPrintCheck.printAtFullSize(book, sheet,
                        wrapped.get(sheet), dir.resolve("full-size-" + sheet));
                assertThat(p.problems()).as("%s %s at full size", book.getFileName(), sheet).isEmpty();
                float largest = 0;
                for (io.hqd.report.WorkbookPrintCheck.Page page : p.pageList()) {
                    largest = Math.max(largest, page.largestGapInLines());
                }
                gaps.add(String.format("%s %s %.1f", book.getFileName().toString().replaceAll("_.*", ""), sheet, largest));
                for (io.hqd.report.WorkbookPrintCheck.Page page : p.pageList()) {
                    assertThat(page.largestGapInLines()).as("%s %s 第 %d 页 行间空白（行）", book.getFileName(), sheet, page.number())
                            .isLessThan(LARGEST_BLANK_LINES);
                }
            }
        }
        System.out.println("largest blank between rows at full size (lines): " + gaps);
    }

    /**
     * A trend chart draws a target only where its value is a value of the indicator: 南溪区's charts drew a count of
     * hospitals (YB-P3-11, ≥ 5 家) on the accreditation grade's axis and a rank (YB-P3-14, 前 22 名) under a
     * satisfaction score of 90. Every city's and county's charts are checked against the catalog's target kinds.
     */
    @Test
    void trendChartsDrawOnlyTargetsOnTheIndicatorsOwnScale() {
        Map<String, Target.Kind> kinds = new HashMap<>();
        CATALOG.targets().forEach(t -> kinds.put(t.targetCode(), t.kind()));
        Set<Target.Kind> onScale = java.util.EnumSet.of(Target.Kind.each, Target.Kind.total, Target.Kind.region_rate,
                Target.Kind.range, Target.Kind.approx);
        int references = 0;
        for (String region : List.of("511503", "510400", "511500")) {
            var pack = new io.hqd.report.data.PackDataBuilder(dsl, Periods.parse(PERIOD), RUN_FOLDER).build(region);
            for (var series : pack.trends()) {
                for (var ref : series.references()) {
                    String code = ref.label().substring(ref.label().lastIndexOf(' ') + 1);
                    assertThat(onScale).as("%s %s: %s", region, series.indicator().name(), ref.label()).contains(kinds.get(code));
                    references++;
                }
            }
        }
        assertThat(references).as("some targets are drawn").isPositive();
    }

    /** 攀枝花, 宜宾 and 南溪区: the cities with the most rows, one built from its districts, and a county. */
    private static List<Path> largestCityCityAndCounty() {
        Path run = home.reports().resolve(PERIOD).resolve(RUN_FOLDER);
        return List.of(run.resolve("510400_攀枝花市_" + PERIOD + "_" + RUN_FOLDER + "_分析.xlsx"),
                run.resolve("511500_宜宾市_" + PERIOD + "_" + RUN_FOLDER + "_分析.xlsx"),
                run.resolve("511503_南溪区_" + PERIOD + "_" + RUN_FOLDER + "_分析.xlsx"));
    }

    private static List<Path> largestCityAndACounty() {
        Path run = home.reports().resolve(PERIOD).resolve(RUN_FOLDER);
        return List.of(run.resolve("510400_攀枝花市_" + PERIOD + "_" + RUN_FOLDER + "_分析.xlsx"),
                run.resolve("511503_南溪区_" + PERIOD + "_" + RUN_FOLDER + "_分析.xlsx"));
    }

    /**
     * The independent oracle (plain SQL over the staged cells) recomputes every indicator value of the period, value,
     * reporters and coverage, at every level, and equals the marts; each family is checked on enough rows that a
     * vacuous comparison cannot pass.
     */
    @Test
    void everyIndicatorValueEqualsTheIndependentOracle() {
        Periods p = Periods.parse(PERIOD);
        Map<String, Integer> checked = IndicatorOracle.checkedByFamily(dsl, p);
        System.out.println("oracle rows checked: " + checked);
        assertThat(checked).as("indicator values checked per family").containsKeys(
                "hospital-level ratio", "hospital-level element", "region-level ratio", "region-level element",
                "region-level built from districts", "provisional");
        assertThat(checked.get("hospital-level ratio")).as("hospital-level ratios").isGreaterThan(1000);
        assertThat(checked.get("hospital-level element")).as("hospital-level elements").isGreaterThan(1000);
        assertThat(checked.get("region-level ratio")).as("region-level ratios").isGreaterThan(100);
        assertThat(checked.get("region-level element")).as("region-level elements").isGreaterThan(100);
        assertThat(checked.get("region-level built from districts")).as("region figures from districts").isGreaterThan(10);
        assertThat(checked.get("provisional")).as("provisional figures").isGreaterThan(10);
        assertThat(dsl.fetch("SELECT 1 FROM marts.indicator_value WHERE period_code = ?", PERIOD).size())
                .as("every row of the period is in a family").isEqualTo(checked.entrySet().stream()
                        .filter(e -> e.getKey().endsWith("ratio") || e.getKey().endsWith("element")
                                || e.getKey().endsWith("single-element indicator"))
                        .mapToInt(Map.Entry::getValue).sum());
        assertThat(IndicatorOracle.disagreements(dsl, p)).isEmpty();
    }

    @Test
    void noShareExceedsAHundredPercent() {
        var over = dsl.fetch("""
                SELECT v.entity_code, v.indicator, v.value FROM marts.indicator_value v
                JOIN staged.indicator i ON i.code = v.indicator
                WHERE i.unit = '%' AND i.denominator IS NOT NULL AND v.value > 100 + 1e-9
                """);
        assertThat(over).as("shares above 100%").isEmpty();
    }

    @Test
    void everyFigureOnPartialDataIsMarkedProvisionalAndSaysWhatIsMissing() {
        assertThat(dsl.fetch("""
                SELECT 1 FROM marts.indicator_value WHERE quarters_covered < quarters_expected
                AND (NOT provisional OR missing_note IS NULL OR missing_note = '')""").size()).isZero();
        assertThat(dsl.fetch("""
                SELECT 1 FROM marts.evaluation WHERE coverage_note <> '' AND NOT provisional""").size()).isZero();
        // the demo's deliberate partial-data cases are there to be marked
        assertThat(dsl.fetch("""
                SELECT 1 FROM marts.indicator_value WHERE period_code = ? AND quarters_covered < quarters_expected""", PERIOD).size())
                .isPositive();
        assertThat(dsl.fetch("SELECT 1 FROM marts.current_value WHERE carried").size()).isPositive();
    }

    @Test
    void countyViewsOfHospitalTargetsCountTheirHospitals() {
        var wrong = dsl.fetch("""
                SELECT e.target_code, e.entity_code FROM marts.evaluation e
                WHERE e.period_code = ? AND e.entity_type = 'county' AND e.hospitals_in_scope IS NOT NULL
                AND (e.hospitals_in_scope <> (SELECT count(*) FROM marts.evaluation h JOIN staged.hospital x ON x.code = h.entity_code
                        WHERE h.period_code = e.period_code AND h.target_code = e.target_code AND h.entity_type = 'hospital'
                        AND x.region_code = e.entity_code)
                  OR e.hospitals_met <> (SELECT count(*) FROM marts.evaluation h JOIN staged.hospital x ON x.code = h.entity_code
                        WHERE h.period_code = e.period_code AND h.target_code = e.target_code AND h.entity_type = 'hospital'
                        AND x.region_code = e.entity_code AND h.status = 'met'))
                """, PERIOD);
        assertThat(wrong).isEmpty();
        assertThat(dsl.fetch("""
                SELECT 1 FROM marts.evaluation WHERE period_code = ? AND entity_type = 'county' AND hospitals_in_scope IS NOT NULL""",
                PERIOD).size()).isPositive();
    }

    @Test
    void theCompletenessSectionAgreesWithTheSubmissionTable() {
        var regions = new io.hqd.report.data.RegionTree(dsl);
        Periods period = Periods.parse(PERIOD);
        var indicators = io.hqd.report.data.IndicatorMeta.load(dsl, period.year());
        int compared = 0;
        for (String city : List.of("511800", "511500", "510400")) {
            List<String> counties = regions.children(city, Region.Level.county);
            var rows = new io.hqd.report.data.CompletenessQuery(dsl).fetch(PERIOD, regions.within(city), regions);
            var facts = new io.hqd.report.data.EvaluationQuery(dsl, indicators).fetch(PERIOD, regions.within(city));
            var comparison = new io.hqd.report.data.CountyComparisonQuery(dsl).fetch(period, counties, regions, facts, indicators);
            for (String county : counties) {
                int inForce = dsl.fetch("""
                        SELECT 1 FROM marts.submission_in_force s JOIN staged.hospital h ON h.code = s.reporter_code
                        WHERE s.period_code = ? AND h.region_code = ?""", PERIOD, county).size();
                for (var r : rows) {
                    if (r.countyName().equals(regions.name(county))) {
                        assertThat(r.countySummary()).as(county).contains("已报 " + inForce + "（");
                        compared++;
                    }
                }
                comparison.stream().filter(c -> c.countyCode().equals(county))
                        .forEach(c -> assertThat(c.reporting()).as(county).isEqualTo(inForce));
            }
        }
        assertThat(compared).isPositive();
    }
}
