package io.hqd.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.home.HqdHome;
import io.hqd.ingest.Fixtures;
import io.hqd.warehouse.Periods;

/**
 * 上期状态 on an issued template: a hospital reports states through its real template, the files are
 * ingested into the home's DuckDB warehouse, and the next quarter's template (hqd template) shows the
 * last state of each commitment with the quarter it was reported in; a commitment never reported is blank.
 */
class LastStateOnTemplateTest {

    private static final String HOSPITAL = Fixtures.HOSPITAL;

    @TempDir
    Path root;

    @Test
    void theNextTemplateShowsTheLastReportedStateAndItsQuarter() throws Exception {
        Path home = root.resolve("home");
        assertThat(HqdCommand.execute("init", "--home", home.toString())).isEqualTo(ExitCodes.OK);
        Catalog catalog = CatalogLoader.load(new HqdHome(home).catalog());
        List<String> codes = TemplateIssuer.forHome(new HqdHome(home), catalog)
                .hospital(HOSPITAL, Periods.parse("2026Q1"), java.util.Map.of()).milestones().stream()
                .map(MilestoneSheet.Item::targetCode).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(3);
        String relocated = codes.get(0), started = codes.get(1), silent = codes.get(2);

        // 2026Q1: both in progress; 2026Q2: the first done; a 2026Q3 report is this quarter's, not the last one.
        ingest(home, catalog, "2026Q1", new String[][] {{relocated, "推进中", "2026-02-01", "", ""},
                {started, "推进中", "", "", ""}});
        ingest(home, catalog, "2026Q2", new String[][] {{relocated, "已完成", "2026-06-30", "已完成", "攀卫发〔2026〕3号"}});
        ingest(home, catalog, "2026Q3", new String[][] {{started, "已完成", "2026-08-02", "已完成", "攀卫发〔2026〕9号"}});

        Path out = root.resolve("q3");
        assertThat(HqdCommand.execute("template", "--home", home.toString(), "--hospital", HOSPITAL,
                "--period", "2026Q3", "--out", out.toString())).isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(out); InputStream in = Files.newInputStream(files.findFirst().orElseThrow());
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MilestoneSheet.SHEET);
            assertThat(s.getRow(MilestoneSheet.HEADER_ROW).getCell(MilestoneSheet.COL_LAST).getStringCellValue())
                    .isEqualTo("上期状态");
            assertThat(last(s, relocated)).isEqualTo("已完成（2026年第二季度）");
            assertThat(last(s, started)).isEqualTo("推进中（2026年第一季度）");
            assertThat(last(s, silent)).isEmpty();
        }
    }

    private static String last(Sheet s, String targetCode) {
        for (Row r : s) {
            if (r.getRowNum() > MilestoneSheet.HEADER_ROW
                    && targetCode.equals(r.getCell(MilestoneSheet.COL_CODE).getStringCellValue())) {
                return r.getCell(MilestoneSheet.COL_LAST).getStringCellValue();
            }
        }
        throw new AssertionError(targetCode + " not on the sheet");
    }

    /** Writes the hospital's real template for {@code period} with complete figures, fills states, ingests it. */
    private void ingest(Path home, Catalog catalog, String period, String[][] states) throws Exception {
        Path dir = Files.createDirectories(root.resolve("in-" + period));
        Path file = dir.resolve(HOSPITAL + "_" + period + ".xlsx");
        TemplateRequest request = TemplateIssuer.forHome(new HqdHome(home), catalog)
                .hospital(HOSPITAL, Periods.parse(period), java.util.Map.of());
        SubmissionTemplate.write(request, Fixtures.core(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MilestoneSheet.SHEET);
            for (String[] st : states) {
                for (Row r : s) {
                    if (r.getRowNum() > MilestoneSheet.HEADER_ROW && st[0].equals(r.getCell(MilestoneSheet.COL_CODE).getStringCellValue())) {
                        r.getCell(MilestoneSheet.COL_STATE).setCellValue(st[1]);
                        r.getCell(MilestoneSheet.COL_DATE).setCellValue(st[2]);
                        r.getCell(MilestoneSheet.COL_EVIDENCE).setCellValue(st[3]);
                        r.getCell(MilestoneSheet.COL_DOCUMENT).setCellValue(st[4]);
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
        assertThat(HqdCommand.execute("ingest", "--home", home.toString(), dir.toString())).isEqualTo(ExitCodes.OK);
    }
}
