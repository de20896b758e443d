package io.hqd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.home.HqdHome;
import io.hqd.ingest.Fixtures;
import io.hqd.warehouse.Periods;

/**
 * The browser flow on a real server, a real warehouse and a real headless Chromium: a hospital
 * downloads its template, uploads a file with a bad cell and sees the finding, uploads a correction and sees it
 * accepted; the county returns and approves; the statistician starts a rerun, watches it finish and downloads the
 * merged pack; a viewer cannot start a run; nothing is reachable without login; one hospital cannot see
 * another's receipt. Screenshots of the main pages land in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebFlowIT {
    static final String A = "H51040001";          // 攀枝花市中心医院, in 东区 for this test
    static final String B = "H51040002";          // 攀枝花市第二人民医院, in 西区
    static final String COUNTY_A = "510402";
    static final String CITY = "510400";
    static final String PASSWORD = "Hqd-test-2026";
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir static Path root;
    static HqdHome home;
    static ConfigurableApplicationContext server;
    static String base;
    static Browser browser;
    static Periods period = Periods.latestComplete(LocalDate.now());
    static String receiptOfA;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.DRIVER),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        home = io.hqd.home.HomeSetup.create(new HqdHome(root.resolve("home")));   // hqd init
        Files.writeString(home.hospitalRegistry(), String.join("\n",
                "code,name,region_code,valid_from,valid_to,tier,grade,type,ownership,admin_level",
                A + ",攀枝花市中心医院," + COUNTY_A + ",2018-01-01,,三级,甲,综合,公立,市",
                B + ",攀枝花市第二人民医院,510403,2018-01-01,,三级,未定,综合,公立,市", ""));
        // Four steady quarters of A's history, so a jump in the open period raises a warning to accept.
        Path history = Files.createDirectories(root.resolve("history"));
        Periods q = period;
        for (int i = 0; i < 4; i++) {
            q = q.previous();
            Fixtures.template(history.resolve(A + "_" + q.code() + ".xlsx"), A, q.code(), Fixtures.core());
        }
        assertEquals(ExitCodes.OK, HqdCommand.execute("ingest", "--home", home.root().toString(), history.toString()));
        TestAccounts.add(home, PASSWORD, "zxyy", "hospital", A);
        TestAccounts.add(home, PASSWORD, "dermyy", "hospital", B);
        TestAccounts.add(home, PASSWORD, "dongqu", "county", COUNTY_A);
        TestAccounts.add(home, PASSWORD, "tongji", "city", CITY);
        TestAccounts.add(home, PASSWORD, "guest", "viewer", null);
        TestAccounts.add(home, PASSWORD, "admin", "admin", null);
        server = WebApplication.start(home, Map.of("server.port", 0));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
        browser = new Browser(base, root.resolve("downloads"));
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

    @Test
    @Order(1)
    void nothingIsReachableWithoutLogin() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/hospital", "/hospital/template", "/hospital/receipts/" + "0".repeat(64) + "/excel",
                "/county", "/city", "/city/chase.csv", "/runs", "/runs/1", "/reports", "/reports/R1/merged?recipient=510400",
                "/reports/R1/manifest.csv", "/audit", "/admin/accounts", "/actuator/metrics")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/login"), path);
        }
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("UP"), health.body());
        // A form post without the CSRF token is refused even with the right password.
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(post.statusCode() == 403 || post.headers().firstValue("Location").orElse("").contains("error"),
                "login without CSRF token: " + post.statusCode());
    }

    @Test
    @Order(2)
    void serverOwnsTheWarehouseAndOtherCommandsSaySo() throws Exception {
        // A second process, as an admin's terminal would be: refused at once with exit 3, in words.
        for (String command : List.of("runs", "ingest")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "io.hqd.Hqd",
                    command, "--home", home.root().toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(ExitCodes.ENVIRONMENT, p.waitFor(), command + ": " + out);
            assertTrue(out.contains("正被另一个 hqd 进程使用"), command + ": " + out);
        }
    }

    @Test
    @Order(3)
    void hospitalDownloadsTemplateUploadsBadCellThenCorrection() throws Exception {
        browser.login("zxyy", PASSWORD);
        assertEquals("/hospital", browser.path());
        browser.screenshot(SHOTS, "01-hospital-portal");

        browser.driver.findElement(By.id("download-template")).click();
        Path template = browser.awaitDownload(".xlsx");
        assertTrue(template.getFileName().toString().startsWith(A + "_" + period.code()), template.toString());
        assertTrue(template.getFileName().toString().contains("攀枝花市中心医院"), "Chinese name intact: " + template);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getNumberOfSheets() > 0);
        }

        Path work = Files.createDirectories(root.resolve("work"));
        Map<String, Object> bad = new HashMap<>(Fixtures.core());
        bad.put("surgery_mis_ops", 5000);   // more minimally invasive operations than operations: identity rule
        Path badFile = Fixtures.template(work.resolve("中心医院_三季度.xlsx"), A, period.code(), bad);
        upload(badFile);
        assertTrue(browser.path().startsWith("/hospital/receipts/"), browser.path());
        assertEquals("部分接收", browser.text("#receipt-state"));
        String findings = browser.text("#findings");
        assertTrue(findings.contains("5000"), findings);
        assertTrue(findings.contains("错误"), findings);
        browser.screenshot(SHOTS, "02-receipt-with-finding");
        browser.driver.findElement(By.id("download-receipt")).click();
        Path receipt = browser.awaitDownload("回执_中心医院_三季度.xlsx");
        assertTrue(Files.size(receipt) > 0);

        Path good = Fixtures.template(work.resolve("中心医院_三季度_更正.xlsx"), A, period.code(), Fixtures.core());
        upload(good);
        assertEquals("已接收", browser.text("#receipt-state"));
        receiptOfA = browser.path();
        browser.open("/hospital");
        String history = browser.text("#history");
        assertTrue(history.contains("已被新文件替代") && history.contains("已接收"), history);
        browser.logout();
    }

    @Test
    @Order(4)
    void uploadsThatAreNotWorkbooksAreRefused() throws Exception {
        browser.login("dermyy", PASSWORD);
        Path fake = Files.writeString(root.resolve("假报表.xlsx"), "这不是工作簿");
        upload(fake);
        assertEquals("/hospital", browser.path());
        assertTrue(browser.text("#flash-error").contains("不是 Excel 工作簿"), browser.text("#flash-error"));
    }

    @Test
    @Order(5)
    void oneHospitalCannotSeeAnothersReceipt() {
        browser.open(receiptOfA);
        assertTrue(browser.text("#error-title").contains("不存在"), browser.driver.getPageSource());
        browser.open(receiptOfA + "/excel");
        assertTrue(browser.text("#error-title").contains("不存在"));
        browser.open("/county");
        assertTrue(browser.text("#error-title").contains("无权访问"));
        browser.open("/");
        browser.logout();
    }

    @Test
    @Order(6)
    void countyReturnsWithACommentThenApprovesTheCorrectedSet() throws Exception {
        browser.login("dongqu", PASSWORD);
        assertEquals("/county", browser.path());
        assertTrue(browser.text("#submissions").contains("已接收"));
        browser.driver.findElement(By.cssSelector("#submissions input[name=comment]")).sendKeys("出院人数与病案首页不符，请核对");
        browser.submit(By.cssSelector("#submissions form button"));
        assertTrue(browser.text("#submissions").contains("已退回修改"));
        browser.submit(By.id("approve"));
        assertTrue(browser.text("#flash-error").contains("还不能审批"), browser.text("#flash-error"));
        browser.logout();

        browser.login("zxyy", PASSWORD);
        assertTrue(browser.text("#history").contains("出院人数与病案首页不符"));
        Map<String, Object> fixed = new HashMap<>(Fixtures.core());
        fixed.put("discharges", 100000);     // ten times the usual: loads with a jump warning
        fixed.put("cp_discharges", 5000);
        upload(Fixtures.template(root.resolve("work").resolve("中心医院_三季度_再次更正.xlsx"), A, period.code(), fixed));
        assertEquals("已接收", browser.text("#receipt-state"));
        browser.logout();

        browser.login("dongqu", PASSWORD);
        browser.screenshot(SHOTS, "03-county-review");
        browser.submit(By.id("approve"));
        assertTrue(browser.text("#approval-state").contains("已审批"), browser.text("#approval-state"));
        browser.logout();
    }

    @Test
    @Order(7)
    void viewerCannotStartARun() {
        browser.login("guest", PASSWORD);
        browser.open("/runs");
        assertTrue(browser.driver.findElements(By.id("start-run")).isEmpty(), "no start form for a viewer");
        String token = browser.driver.findElement(By.cssSelector("header .who input[name=_csrf]")).getDomAttribute("value");
        Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/runs', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                        + " body: 'kind=FULL&period=" + period.code() + "&_csrf=' + encodeURIComponent(arguments[0]),"
                        + " redirect: 'manual'}).then(r => done(r.status));", token);
        assertEquals(403L, ((Number) status).longValue());
        browser.logout();
    }

    @Test
    @Order(8)
    void statisticianRerunsWatchesItFinishAndDownloadsTheMergedPack() throws Exception {
        browser.login("tongji", PASSWORD);
        assertEquals("/city", browser.path());
        String byCounty = browser.text("#by-county");
        assertTrue(byCounty.contains("东区") && byCounty.contains("已审批"), byCounty);
        assertTrue(browser.text("#chase").contains("攀枝花市第二人民医院"), "B never sent a workbook: on the 催报 list");
        browser.screenshot(SHOTS, "04-city-completeness");

        browser.open("/city/warnings");
        assertTrue(browser.text("#warnings").contains("100000"), browser.text("#warnings"));
        browser.driver.findElement(By.cssSelector("#warnings input[name=reason]")).sendKeys("新院区开放，出院人数属实");
        browser.submit(By.cssSelector("#warnings form button"));
        assertTrue(browser.text("#warnings").contains("已确认"), browser.text("#warnings"));
        browser.screenshot(SHOTS, "04b-warnings");
        browser.submit(By.cssSelector("#warnings form button"));   // revoke
        assertFalse(browser.text("#warnings").contains("已确认"));
        assertTrue(browser.text("#flash-message").contains("已撤销"));

        browser.open("/runs");
        browser.driver.findElement(By.id("run-period")).clear();
        browser.driver.findElement(By.id("run-period")).sendKeys(period.code());
        browser.submit(By.id("run-submit"));
        new WebDriverWait(browser.driver, Duration.ofMinutes(10))
                .ignoring(WebDriverException.class)   // the page refreshes itself while the run goes on
                .until(d -> {
            var s = d.findElements(By.id("run-status"));
            return !s.isEmpty() && (s.get(0).getText().equals("完成") || s.get(0).getText().equals("失败"));
        });
        assertEquals("完成", browser.text("#run-status"), browser.text("main"));
        String steps = browser.text("#steps");
        assertTrue(steps.contains("接收") && steps.contains("评价") && steps.contains("报表"), steps);
        assertTrue(browser.text("main").contains("tongji"), "who started it");
        // the run's parameters in words: the period, the city by name, the job's name in Chinese
        String parameters = browser.text("#run-parameters");
        assertTrue(parameters.contains("报告期：" + period.label()) && parameters.contains("范围：攀枝花市（510400）")
                && parameters.contains("运行编号："), parameters);
        assertFalse(browser.text("main").matches("(?s).*\\b(period|scope|nightlyJob|reportJob)\\b.*"), browser.text("main"));
        browser.screenshot(SHOTS, "05-run-finished");

        browser.submit(By.id("to-reports"));
        browser.screenshot(SHOTS, "06-pack-downloads");
        browser.driver.findElement(By.cssSelector("a.merged")).click();
        Path merged = browser.awaitDownload("_合并打印.pdf");
        try (PDDocument pdf = Loader.loadPDF(merged.toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1, "merged pack pages: " + pdf.getNumberOfPages());
            String text = io.hqd.report.PageCheck.plain(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains("攀枝花"), "merged pack names the city");
        }
        browser.open("/runs");
        String history = browser.text("#run-history");
        assertTrue(history.contains("夜间任务") && history.contains("攀枝花市（510400）"), history);
        assertFalse(history.matches("(?s).*(nightlyJob|ingestJob|reportJob|evaluateJob).*"), history);
        // the hospital's web uploads are its own, not the command line's
        assertTrue(history.contains("zxyy"), "the uploading account is named: " + history);
        browser.screenshot(SHOTS, "07-run-history");
        browser.open("/audit");
        String audit = browser.text("#audit");
        for (String action : List.of("上传报表", "下载模板", "下载回执", "退回报送", "审批", "确认警告", "撤销警告确认",
                "启动运行", "下载合并打印版", "登录")) {
            assertTrue(audit.contains(action), "audit shows " + action);
        }
        browser.screenshot(SHOTS, "08-audit");
        browser.logout();
    }

    @Test
    @Order(9)
    void adminSeesAccountsAndRoles() throws Exception {
        browser.login("admin", PASSWORD);
        assertEquals("/admin/accounts", browser.path());
        assertTrue(browser.text("#accounts").contains("zxyy"));
        browser.screenshot(SHOTS, "09-accounts");
        browser.logout();
        browser.open("/login");
        browser.screenshot(SHOTS, "00-login");
        assertFalse(browser.driver.getPageSource().contains("Whitelabel"));
    }

    private static void upload(Path file) {
        browser.open("/hospital");
        browser.driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("upload-submit"));
    }
}
