package io.hqd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.hqd.catalog.CatalogLoader;
import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.home.HqdHome;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.template.MilestoneSheet;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.ingest.template.TemplateIssuer;
import io.hqd.ingest.template.TemplateRequest;
import io.hqd.warehouse.Periods;

/**
 * The 规划任务 page on a real server, a real warehouse and a real headless Chromium: a hospital's states
 * arrive through its real template; the county statistician sees them per commitment with the quarter
 * reported and the commitments not reported; the city sees its other county's hospital as not reported; a
 * hospital account cannot open the page.
 */
class MilestonePageIT {
    static final String A = "H51040001";          // 攀枝花市中心医院, in 东区 for this test
    static final String B = "H51040002";          // 攀枝花市第二人民医院, in 西区
    static final String PASSWORD = "Hqd-test-2026";

    @TempDir static Path root;
    static HqdHome home;
    static ConfigurableApplicationContext server;
    static Browser browser;
    // A quarter of 攀枝花's 十四五 plan (2021–2025), when its 2018–2020 plan has long ended.
    static Periods period = Periods.parse("2025Q3");
    static final String DONE = "PZH14-189";      // 三级: A's and B's
    static final String GOING = "PZH14-191";
    static final String SILENT = "PZH14-221";
    static final String CLOSED = "PZH2018-27";   // 2018–2020 plan: judged at 2020-12-31
    static List<String> aCommitments;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.DRIVER),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        home = io.hqd.home.HomeSetup.create(new HqdHome(root.resolve("home")));
        Files.writeString(home.hospitalRegistry(), String.join("\n",
                "code,name,region_code,valid_from,valid_to,tier,grade,type,ownership,admin_level",
                A + ",攀枝花市中心医院,510402,2018-01-01,,三级,甲,综合,公立,市",
                B + ",攀枝花市第二人民医院,510403,2018-01-01,,三级,未定,综合,公立,市", ""));
        // Last quarter: A's first commitment done; this quarter: its second in progress; its third never reported.
        submit(period.previous(), new String[][] {{DONE, "已完成", period.previous().start().plusDays(7).toString(), "已完成", "攀卫发〔2026〕5号"}});
        submit(period, new String[][] {{GOING, "推进中", period.start().plusDays(3).toString(), "方案已报批", ""},
                {CLOSED, "推进中", period.start().plusDays(3).toString(), "章程修订中", ""}});
        for (String[] u : new String[][] {{"dongqu", "county", "510402"}, {"tongji", "city", "510400"}, {"zxyy", "hospital", A}}) {
            TestAccounts.add(home, PASSWORD, u[0], u[1], u[2]);
        }
        server = WebApplication.start(home, Map.of("server.port", 0));
        browser = new Browser("http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort(),
                root.resolve("downloads"));
    }

    /** A's real template for {@code p}, complete figures, states written into rows of the 规划任务 sheet, ingested. */
    static void submit(Periods p, String[][] states) throws Exception {
        TemplateRequest request = TemplateIssuer.forHome(home, CatalogLoader.load(home.catalog())).hospital(A, p, Map.of());
        aCommitments = request.milestones().stream().map(MilestoneSheet.Item::targetCode).toList();
        Path dir = Files.createDirectories(root.resolve("in-" + p.code()));
        Path file = dir.resolve(A + "_" + p.code() + ".xlsx");
        SubmissionTemplate.write(request, Fixtures.core(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MilestoneSheet.SHEET);
            for (String[] st : states) {
                Row r = s.getRow(MilestoneSheet.HEADER_ROW + 1 + aCommitments.indexOf(st[0]));
                r.getCell(MilestoneSheet.COL_STATE).setCellValue(st[1]);
                r.getCell(MilestoneSheet.COL_DATE).setCellValue(st[2]);
                r.getCell(MilestoneSheet.COL_EVIDENCE).setCellValue(st[3]);
                r.getCell(MilestoneSheet.COL_DOCUMENT).setCellValue(st[4]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertEquals(ExitCodes.OK, HqdCommand.execute("ingest", "--home", home.root().toString(), dir.toString()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String row(String target, String unit) {
        return browser.text("#m-" + target + "-" + unit);
    }

    @Test
    void countyAndCitySeeEachCommitmentWithItsReportedStateAndTheMissingOnes() throws Exception {
        assertTrue(aCommitments.containsAll(List.of(DONE, GOING, SILENT, CLOSED)), aCommitments.toString());
        browser.login("dongqu", PASSWORD);
        browser.open("/milestones?period=" + period.code());
        String done = row(DONE, A);
        assertTrue(done.contains("已完成") && done.contains(period.previous().code()) && done.contains("攀卫发〔2026〕5号"), done);
        String going = row(GOING, A);
        assertTrue(going.contains("推进中") && going.contains(period.code()), going);
        String silent = row(SILENT, A);
        assertTrue(silent.contains("未报告") && silent.contains("从未报告"), silent);
        assertTrue(browser.driver.findElements(By.cssSelector("[id$='-" + B + "']")).isEmpty(), "西区's hospital is not 东区's");
        String summary = browser.text("#milestone-summary");
        assertTrue(summary.contains("本期未报告") && summary.contains("已过期限仍未完成 0 个"), summary);
        // the ended plan's commitment: its final state, no day count, apart and not in the 逾期 count
        String closed = row(CLOSED, A);
        assertTrue(closed.contains("规划期结束时未完成") && closed.contains("止于 2020-12-31") && !closed.contains("天"), closed);
        assertTrue(summary.matches(".*规划期结束时未完成 \\d+ 个，不计入逾期。.*"), summary);
        List<String> ids = browser.driver.findElements(By.cssSelector("#milestones tr[id]")).stream()
                .map(e -> e.getAttribute("id")).toList();
        assertTrue(ids.indexOf("m-" + CLOSED + "-" + A) > ids.indexOf("m-" + SILENT + "-" + A), "closed plans print last: " + ids);
        // the page is live; no evaluate run has put these states into a pack yet, and the page says so
        assertTrue(browser.text("#milestone-basis").startsWith("本报告期还没有评价运行"), browser.text("#milestone-basis"));
        browser.screenshot(Path.of("target", "screenshots"), "07-county-milestones");
        browser.logout();

        // once an evaluate run of the period exists, the page names it as what the packs show
        var run = io.hqd.warehouse.schema.ops.Tables.RUN;
        server.getBean(WebDatabase.class).dsl().insertInto(run).set(run.EXECUTION_ID, 9001L).set(run.RUN_NAME, "N20261129")
                .set(run.JOB, "evaluateJob").set(run.PERIOD_CODE, period.code()).set(run.STATUS, "COMPLETED")
                .set(run.STARTED_AT, java.time.LocalDateTime.of(2026, 11, 29, 2, 0))
                .set(run.FINISHED_AT, java.time.LocalDateTime.of(2026, 11, 29, 2, 10)).execute();
        io.hqd.run.RunName.of(server.getBean(WebDatabase.class).dsl(), "N20261129", period.code());
        browser.login("tongji", PASSWORD);
        browser.open("/milestones?period=" + period.code());
        String basis = browser.text("#milestone-basis");
        assertTrue(basis.startsWith("会议材料中的状态以 运行 #") && basis.contains("2026-11-29 02:10 的评价为准"), basis);
        assertTrue(row(DONE, A).contains("已完成"));
        assertTrue(row(DONE, B).contains("未报告"), "the city sees 西区's hospital as not reported");
        browser.logout();

        browser.login("zxyy", PASSWORD);
        browser.open("/milestones");
        assertEquals("无权访问此页面", browser.text("#error-title"));
    }
}
