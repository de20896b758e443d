package io.hqd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import io.hqd.catalog.CatalogLoader;
import io.hqd.cli.HqdCommand;
import io.hqd.demo.DemoGenerator;
import io.hqd.demo.DemoScope;
import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import io.hqd.warehouse.Periods;

/**
 * The analyst workbook's 来源 sheet lists, for a figure on 明细, exactly the cells {@code hqd trace} names for it, one
 * row per cell, in the block 明细's 来源 link points at, on generated demo data run through the nightly job: 雅安's
 * bureau reports its own figures; 宜宾's bureau files are withheld, so its figures are built from its districts'
 * reports. The 数值 of a block's 分子 rows add up to the 分子 明细 prints and of its 分母 rows to the 分母; a stock
 * lists only the latest quarter; a hospital row lists its own cells; a region row of a hospital-level indicator
 * says its hospitals are listed on their own rows. Every link of both workbooks lands on the first row of its
 * figure's block, and the block holds as many rows as the link says.
 */
class RegionLineageTest {
    static final Periods PERIOD = new Periods(2026, 3);
    static final String YAAN = "511800";
    static final String YIBIN = "511500";
    /** 明细's columns read here. */
    static final int ENTITY = 2, TARGET = 4, INDICATOR = 5, NUMERATOR = 7, DENOMINATOR = 8, EVIDENCE = 14, SOURCE = 15;
    /** 来源's columns. */
    static final int S_ENTITY = 1, S_INDICATOR = 3, S_PART = 5, S_ELEMENT = 6, S_QUARTER = 7, S_VALUE = 8, S_FILE = 9,
            S_SHEET = 10, S_CELL = 11, S_NOTE = 12;
    @TempDir static Path dir;
    static HqdHome home;

    @BeforeAll
    static void demoWithoutYibinsBureau() throws Exception {
        home = new HqdHome(dir.resolve("demo"));
        DemoScope scope = new DemoScope(List.of(YAAN, YIBIN), PERIOD.previous(), PERIOD, DemoScope.DEFAULT_SEED)
                .withCountiesPerCity(2);
        DemoGenerator.generate(home, CatalogLoader.load(home.catalog()), scope, Instant.now());
        Path yibinBureau = home.inbox().resolve(YIBIN);
        assertThat(yibinBureau).isDirectory();
        try (Stream<Path> files = Files.walk(yibinBureau)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        try (Pipeline p = Pipeline.open(home)) {
            var e = p.run("nightlyJob", Pipeline.parameters().addString("period", PERIOD.code()).addString("scope", "all")
                    .addString("run", "DEMO-" + PERIOD.code()).addString("inbox", home.inbox().toString()).toJobParameters());
            assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    @Test
    void aCityThatReportsItsOwnStockListsItsOwnLatestQuarterOnly() throws Exception {
        Block row = block(YAAN, "YA2022-18");   // 县域医疗卫生次中心数, a stock reported by 雅安's bureau
        Trace trace = trace(YAAN, "county_sub_centers");
        assertThat(trace.reporters).containsExactly(YAAN);
        assertThat(row.cells).isNotEmpty().containsExactlyElementsOf(trace.cells);
        assertThat(row.cells).allMatch(c -> c.startsWith("county_sub_centers@" + PERIOD.code() + " "));
        row.addsUp();
        assertThat(row.numerator).isEqualTo(trace.numerator);
    }

    @Test
    void aCityBuiltFromItsDistrictsListsTheDistrictsCells() throws Exception {
        // a stock: each district's latest quarter
        Block stock = block(YIBIN, "YB-P3-26");
        Trace stockTrace = trace(YIBIN, "new_provincial_regional_medical_centers");
        assertThat(stockTrace.reporters).hasSizeGreaterThanOrEqualTo(2).doesNotContain(YIBIN).allMatch(r -> r.startsWith("5115"));
        assertThat(stock.cells).hasSizeGreaterThanOrEqualTo(2).containsExactlyElementsOf(stockTrace.cells);
        assertThat(stock.cells).allMatch(c -> c.contains("@" + PERIOD.code() + " "));
        stock.addsUp();
        // a ratio: both halves of every quarter the districts reported
        Block ratio = block(YIBIN, "YB-P3-08");
        Trace ratioTrace = trace(YIBIN, "major_disease_outflow_rate");
        assertThat(ratioTrace.reporters).isEqualTo(stockTrace.reporters);
        assertThat(ratio.cells).hasSizeGreaterThanOrEqualTo(4).containsExactlyElementsOf(ratioTrace.cells);
        assertThat(ratio.parts).contains("分子", "分母");
        assertThat(ratio.denominator).isNotNull();
        ratio.addsUp();
        assertThat(ratio.numerator).isEqualTo(ratioTrace.numerator);
        assertThat(ratio.denominator).isEqualTo(ratioTrace.denominator);
    }

    @Test
    void aHospitalRowListsItsOwnCells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook(YAAN).toFile())) {
            Sheet s = wb.getSheet("明细");
            Row hospital = null;
            for (Row r : s) {
                if (r.getRowNum() > 0 && "医院".equals(r.getCell(1).getStringCellValue())
                        && r.getCell(SOURCE).getHyperlink() != null && r.getCell(NUMERATOR).getCellType() == CellType.NUMERIC
                        && r.getCell(DENOMINATOR).getCellType() == CellType.NUMERIC) {
                    hospital = r;
                    break;
                }
            }
            assertThat(hospital).as("a hospital ratio with source cells").isNotNull();
            String code = hospital.getCell(ENTITY).getStringCellValue();
            Block block = block(wb, hospital);
            Trace trace = trace(code, hospital.getCell(INDICATOR).getStringCellValue());
            assertThat(trace.reporters).containsExactly(code);
            assertThat(block.cells).containsExactlyElementsOf(trace.cells);
            block.addsUp();
            String name = hospital.getCell(3).getStringCellValue();
            assertThat(block.files).allMatch(f -> f.contains(name));
        }
    }

    /**
     * A city row of a target for some hospitals only (YA2022-04: 三级乙等/未定等公立医院) prints the figure of those
     * hospitals; {@code trace --target} prints that same figure and exactly their cells, while {@code trace} without
     * a target says its figure counts every hospital of the city and names the target's figure beside it.
     */
    @Test
    void traceOfATargetGivesTheFigureTheWorkbookPrintsFromTheTargetsHospitalsOnly() throws Exception {
        Double printed;
        Double printedDenominator;
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook(YAAN).toFile())) {
            Row row = null;
            for (Row r : wb.getSheet("明细")) {
                if (r.getRowNum() > 0 && YAAN.equals(r.getCell(ENTITY).getStringCellValue())
                        && "YA2022-04".equals(r.getCell(TARGET).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).as("明细 row 雅安市 YA2022-04").isNotNull();
            printed = number(row.getCell(NUMERATOR));
            printedDenominator = number(row.getCell(DENOMINATOR));
        }
        Trace scoped = trace(YAAN, "mis_share", "--target", "ya2022-04");
        assertThat(scoped.numerator).isCloseTo(printed, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(scoped.denominator).isCloseTo(printedDenominator, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(scoped.text).contains("目标 YA2022-04", "三级", "公立", "计入的医院");
        List<String> inScope = scoped.reporters;
        Trace all = trace(YAAN, "mis_share");
        assertThat(all.text).contains("口径：雅安市 登记的全部", "YA2022-04（", "--target YA2022-04");
        assertThat(all.reporters).containsAll(inScope).hasSizeGreaterThan(inScope.size());
        assertThat(all.numerator).isGreaterThan(scoped.numerator);
        // no --indicator needed with --target; a target of another indicator is refused
        assertThat(trace(YAAN, null, "--target", "YA2022-04").cells).isEqualTo(scoped.cells);
        assertThat(run("trace", "--home", home.root().toString(), "--period", PERIOD.code(), "--entity", YAAN,
                "--indicator", "cmi", "--target", "YA2022-04")).isEqualTo(2);
        assertThat(run("trace", "--home", home.root().toString(), "--period", PERIOD.code(), "--entity", YAAN,
                "--target", "YA2022-99")).isEqualTo(2);
    }

    /**
     * A yes/no item reads as 是/否 for a hospital and as the share of its hospitals saying 是, in %, for a county or city,
     * its target as 是 (a county row printed a bare 67 against a target of 1).
     */
    @Test
    void yesNoItemsReadAsYesOrNoForAHospitalAndAsAShareAboveIt() throws Exception {
        java.util.Set<String> flags = new java.util.HashSet<>();
        io.hqd.ingest.Fixtures.CATALOG.indicators().stream().filter(i -> i.unit() != null && i.unit().startsWith("是/否"))
                .forEach(i -> flags.add(i.code()));
        int hospitals = 0;
        int regions = 0;
        for (String city : List.of(YAAN, YIBIN)) {
            try (XSSFWorkbook wb = new XSSFWorkbook(workbook(city).toFile())) {
                for (Row r : wb.getSheet("明细")) {
                    if (r.getRowNum() == 0 || !flags.contains(r.getCell(INDICATOR).getStringCellValue())) {
                        continue;
                    }
                    Cell value = r.getCell(9);
                    Cell target = r.getCell(10);
                    String where = r.getCell(ENTITY).getStringCellValue() + " " + r.getCell(TARGET).getStringCellValue();
                    assertThat(target.getCellType() == CellType.BLANK || List.of("是", "否").contains(target.getStringCellValue()))
                            .as("target of %s", where).isTrue();
                    if ("医院".equals(r.getCell(1).getStringCellValue())) {
                        assertThat(value.getCellType() == CellType.BLANK || List.of("是", "否").contains(value.getStringCellValue()))
                                .as("value of %s", where).isTrue();
                        hospitals += value.getCellType() == CellType.BLANK ? 0 : 1;
                    } else if (value.getCellType() != CellType.BLANK) {
                        assertThat(value.getCellStyle().getDataFormatString()).as("value of %s", where).contains("%");
                        assertThat(value.getNumericCellValue()).as("value of %s", where).isBetween(0.0, 1.0);
                        regions++;
                    }
                }
            }
        }
        assertThat(hospitals).isPositive();
        assertThat(regions).isPositive();
    }

    /** 宜宾's city and county rows of a hospital-level indicator count hospitals (适用医院 n 家中 m 家达标): no cells, a pointer to the hospitals' rows. */
    @Test
    void aRegionRowOfAHospitalIndicatorPointsToItsHospitals() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook(YIBIN).toFile())) {
            int seen = 0;
            for (Row r : wb.getSheet("明细")) {
                if (r.getRowNum() > 0 && !"医院".equals(r.getCell(1).getStringCellValue())
                        && r.getCell(EVIDENCE).getStringCellValue().contains("适用医院")) {
                    assertThat(r.getCell(SOURCE).getStringCellValue()).isEqualTo("按医院计：见各医院行");
                    assertThat(r.getCell(SOURCE).getHyperlink()).isNull();
                    seen++;
                }
            }
            assertThat(seen).isPositive();
        }
    }

    /** Every 来源 link of both workbooks: on its figure's first row, as many rows as it says, each figure once. */
    @Test
    void everyLinkLandsOnItsFiguresWholeBlock() throws Exception {
        for (String city : List.of(YAAN, YIBIN)) {
            try (XSSFWorkbook wb = new XSSFWorkbook(workbook(city).toFile())) {
                int links = 0;
                for (Row r : wb.getSheet("明细")) {
                    if (r.getRowNum() > 0 && r.getCell(SOURCE).getHyperlink() != null) {
                        Block b = block(wb, r);
                        assertThat(b.cells).isNotEmpty();
                        links++;
                    }
                }
                assertThat(links).isGreaterThan(20);
                Set<String> figures = new LinkedHashSet<>();
                String previous = null;
                Sheet sources = wb.getSheet("来源");
                for (Row r : sources) {
                    if (r.getRowNum() == 0) {
                        continue;
                    }
                    String figure = r.getCell(S_ENTITY).getStringCellValue() + " " + r.getCell(S_INDICATOR).getStringCellValue();
                    if (!figure.equals(previous)) {
                        assertThat(figures.add(figure)).as("%s 来源 lists %s in one block", city, figure).isTrue();
                    }
                    previous = figure;
                }
                assertThat(sources.getLastRowNum()).isGreaterThan(links / 2);
            }
        }
    }

    /**
     * A figure's block on 来源, reached through the link of its 明细 row: the cells (in trace's spelling), their
     * parts and files, and the 分子 / 分母 明细 prints beside them.
     */
    private record Block(List<String> cells, List<String> parts, Set<String> files, double numeratorSum,
                         double denominatorSum, Double numerator, Double denominator) {
        /** The 数值 of the 分子 rows add up to the printed 分子, of the 分母 rows to the printed 分母. */
        void addsUp() {
            assertThat(numerator).isNotNull();
            assertThat(numeratorSum).isCloseTo(numerator, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(numerator))));
            if (denominator != null && parts.contains("分母")) {
                assertThat(denominatorSum).isCloseTo(denominator, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(denominator))));
            }
        }
    }

    private static Block block(String city, String target) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook(city).toFile())) {
            for (Row r : wb.getSheet("明细")) {
                if (r.getRowNum() > 0 && city.equals(r.getCell(ENTITY).getStringCellValue())
                        && target.equals(r.getCell(TARGET).getStringCellValue())) {
                    return block(wb, r);
                }
            }
        }
        throw new AssertionError("明细 has no row " + city + " " + target);
    }

    private static final Pattern LINK_TEXT = Pattern.compile("(\\d+) 个单元格 → 来源!A(\\d+)");

    private static Block block(XSSFWorkbook wb, Row detail) {
        Cell source = detail.getCell(SOURCE);
        String text = source.getStringCellValue();
        Matcher m = LINK_TEXT.matcher(text);
        assertThat(m.matches()).as("来源 of a traced row: %s", text).isTrue();
        assertThat(source.getHyperlink()).isNotNull();
        assertThat(source.getHyperlink().getAddress()).isEqualTo("'来源'!A" + m.group(2));
        int first = Integer.parseInt(m.group(2)) - 1;
        int count = Integer.parseInt(m.group(1));
        String entity = detail.getCell(ENTITY).getStringCellValue();
        String indicator = detail.getCell(INDICATOR).getStringCellValue();
        Sheet s = wb.getSheet("来源");
        List<String> cells = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        double num = 0;
        double den = 0;
        for (int i = first; i < first + count; i++) {
            Row r = s.getRow(i);
            assertThat(r.getCell(S_ENTITY).getStringCellValue() + " " + r.getCell(S_INDICATOR).getStringCellValue())
                    .as("来源 row %d in the block of %s %s", i + 1, entity, indicator).isEqualTo(entity + " " + indicator);
            String note = r.getCell(S_NOTE).getStringCellValue();
            cells.add(r.getCell(S_ELEMENT).getStringCellValue() + "@" + r.getCell(S_QUARTER).getStringCellValue() + " "
                    + r.getCell(S_FILE).getStringCellValue() + " " + r.getCell(S_SHEET).getStringCellValue() + "!"
                    + r.getCell(S_CELL).getStringCellValue() + (note.isEmpty() ? "" : "（" + note + "）"));
            String part = r.getCell(S_PART).getStringCellValue();
            parts.add(part);
            files.add(r.getCell(S_FILE).getStringCellValue());
            double v = r.getCell(S_VALUE).getNumericCellValue();
            if (part.equals("分子")) {
                num += v;
            } else {
                assertThat(part).isEqualTo("分母");
                den += v;
            }
        }
        for (int outside : new int[] {first - 1, first + count}) {
            Row r = s.getRow(outside);
            if (outside > 0 && r != null) {
                assertThat(r.getCell(S_ENTITY).getStringCellValue() + " " + r.getCell(S_INDICATOR).getStringCellValue())
                        .as("来源 row %d, just outside the block of %s %s", outside + 1, entity, indicator)
                        .isNotEqualTo(entity + " " + indicator);
            }
        }
        return new Block(cells, parts, files, num, den, number(detail.getCell(NUMERATOR)), number(detail.getCell(DENOMINATOR)));
    }

    private static Double number(Cell c) {
        return c == null || c.getCellType() != CellType.NUMERIC ? null : c.getNumericCellValue();
    }

    private static Path workbook(String code) throws Exception {
        try (Stream<Path> files = Files.walk(home.root().resolve("reports"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(code + "_")
                    && f.getFileName().toString().endsWith("_分析.xlsx")).findFirst()
                    .orElseThrow(() -> new AssertionError("no analyst workbook for " + code));
        }
    }

    /** What {@code hqd trace} prints for a figure: its source cells in the workbook's spelling, and their sums. */
    private record Trace(List<String> cells, List<String> reporters, Double numerator, Double denominator, String text) {
    }

    private static final Pattern TRACE_LINE = Pattern.compile(
            "^ {2}(分子|分母) (\\S+)\\s+(\\S+)\\s+(\\S+) {2}(.+) {2}(\\S+!\\S+) = (\\S+)(（沿用更正前版本）)?$");

    private static int run(String... args) {
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return HqdCommand.commandLine().execute(args);
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
    }

    private static Trace trace(String entity, String indicator, String... more) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        List<String> args = new ArrayList<>(List.of("trace", "--home", home.root().toString(), "--period", PERIOD.code(),
                "--entity", entity));
        if (indicator != null) {
            args.addAll(List.of("--indicator", indicator));
        }
        args.addAll(List.of(more));
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = HqdCommand.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isZero();
        List<String> cells = new ArrayList<>();
        List<String> reporters = new ArrayList<>();
        Double num = null;
        Double den = null;
        for (String line : text.split("\n")) {
            Matcher m = TRACE_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            cells.add(m.group(2) + "@" + m.group(4) + " " + m.group(5) + " " + m.group(6) + (m.group(8) == null ? "" : m.group(8)));
            if (!reporters.contains(m.group(3))) {
                reporters.add(m.group(3));
            }
            double v = Double.parseDouble(m.group(7));
            if (m.group(1).equals("分子")) {
                num = num == null ? v : num + v;
            } else {
                den = den == null ? v : den + v;
            }
        }
        assertThat(text).as("trace of %s %s lists no source cell", entity, indicator).contains("数值");
        return new Trace(cells, reporters, num, den, text);
    }
}
