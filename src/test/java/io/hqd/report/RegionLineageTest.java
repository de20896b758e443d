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
 * The analyst workbook's 明细 sheet lists, for a county or city row of a region-level indicator, exactly the cells
 * {@code hqd trace} names for that figure, on generated demo data run through the nightly job: 雅安's bureau reports
 * its own figures; 宜宾's bureau files are withheld, so its figures are built from its districts' reports. The cells
 * add up to the numerator and denominator the row prints; a stock lists only the latest quarter; a hospital row
 * still lists its own cells.
 */
class RegionLineageTest {
    static final Periods PERIOD = new Periods(2026, 3);
    static final String YAAN = "511800";
    static final String YIBIN = "511500";
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
        DetailRow row = detailRow(YAAN, "YA2022-18");   // 县域医疗卫生次中心数, a stock reported by 雅安's bureau
        Trace trace = trace(YAAN, "county_sub_centers");
        assertThat(trace.reporters).containsExactly(YAAN);
        assertThat(row.cells).isNotEmpty().isEqualTo(trace.cells);
        assertThat(row.cells).allMatch(c -> c.startsWith("county_sub_centers@" + PERIOD.code() + " "));
        assertThat(row.numerator).isEqualTo(trace.numerator);
    }

    @Test
    void aCityBuiltFromItsDistrictsListsTheDistrictsCells() throws Exception {
        // a stock: each district's latest quarter
        DetailRow stock = detailRow(YIBIN, "YB-P3-26");
        Trace stockTrace = trace(YIBIN, "new_provincial_regional_medical_centers");
        assertThat(stockTrace.reporters).hasSizeGreaterThanOrEqualTo(2).doesNotContain(YIBIN).allMatch(r -> r.startsWith("5115"));
        assertThat(stock.cells).hasSizeGreaterThanOrEqualTo(2).isEqualTo(stockTrace.cells);
        assertThat(stock.cells).allMatch(c -> c.contains("@" + PERIOD.code() + " "));
        assertThat(stock.numerator).isEqualTo(stockTrace.numerator);
        // a ratio: both halves of every quarter the districts reported
        DetailRow ratio = detailRow(YIBIN, "YB-P3-08");
        Trace ratioTrace = trace(YIBIN, "major_disease_outflow_rate");
        assertThat(ratioTrace.reporters).isEqualTo(stockTrace.reporters);
        assertThat(ratio.cells).hasSizeGreaterThanOrEqualTo(4).isEqualTo(ratioTrace.cells);
        assertThat(ratio.numerator).isEqualTo(ratioTrace.numerator);
        assertThat(ratio.denominator).isEqualTo(ratioTrace.denominator);
    }

    @Test
    void aHospitalRowStillListsItsOwnCells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook(YAAN).toFile())) {
            Sheet s = wb.getSheet("明细");
            Row hospital = null;
            for (Row r : s) {
                if (r.getRowNum() > 0 && "医院".equals(r.getCell(1).getStringCellValue())
                        && !r.getCell(16).getStringCellValue().isEmpty() && r.getCell(7).getCellType() == CellType.NUMERIC) {
                    hospital = r;
                    break;
                }
            }
            assertThat(hospital).as("a hospital row with source cells").isNotNull();
            String code = hospital.getCell(2).getStringCellValue();
            Trace trace = trace(code, hospital.getCell(5).getStringCellValue());
            assertThat(trace.reporters).containsExactly(code);
            assertThat(cells(hospital)).isEqualTo(trace.cells);
            assertThat(hospital.getCell(15).getStringCellValue()).contains(hospital.getCell(3).getStringCellValue());
        }
    }

    /** One row of a city's 明细 sheet: its own row (not its counties') for the target. */
    private record DetailRow(Set<String> cells, Double numerator, Double denominator) {
    }

    private static DetailRow detailRow(String city, String target) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook(city).toFile())) {
            for (Row r : wb.getSheet("明细")) {
                if (r.getRowNum() > 0 && city.equals(r.getCell(2).getStringCellValue())
                        && target.equals(r.getCell(4).getStringCellValue())) {
                    return new DetailRow(cells(r), number(r.getCell(7)), number(r.getCell(8)));
                }
            }
        }
        throw new AssertionError("明细 has no row " + city + " " + target);
    }

    /** "element@quarter file sheet!cell" references, as the 来源单元格 column lists them. */
    private static Set<String> cells(Row r) {
        String text = r.getCell(16).getStringCellValue();
        return text.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(text.split("；")));
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
    private record Trace(Set<String> cells, List<String> reporters, Double numerator, Double denominator) {
    }

    private static final Pattern SOURCE = Pattern.compile(
            "^ {2}(分子|分母) (\\S+)\\s+(\\S+)\\s+(\\S+) {2}(.+) {2}(\\S+!\\S+) = (\\S+)(（沿用更正前版本）)?$");

    private static Trace trace(String entity, String indicator) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = HqdCommand.commandLine().execute("trace", "--home", home.root().toString(), "--period", PERIOD.code(),
                    "--entity", entity, "--indicator", indicator);
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isZero();
        Set<String> cells = new LinkedHashSet<>();
        List<String> reporters = new ArrayList<>();
        Double num = null;
        Double den = null;
        for (String line : text.split("\n")) {
            Matcher m = SOURCE.matcher(line);
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
        return new Trace(cells, reporters, num, den);
    }
}
