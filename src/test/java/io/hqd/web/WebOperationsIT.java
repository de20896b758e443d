package io.hqd.web;

import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
 * What a statistician does after the pack is out, in a real headless Chromium on a real server and warehouse:
 * restart a failed run, look after passwords, decide on corrections that arrived after the period was locked.
 * The period's first pack is made and the period locked from the command line before the server starts, as a
 * commission does it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebOperationsIT {
    static final String A = "H51040001";          // 攀枝花市中心医院, in 东区
    static final String B = "H51040002";          // 攀枝花市第二人民医院, in 西区
    static final String CITY = "510400";
    static final String PASSWORD = "Hqd-test-2026";
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String ZXYY_NEW = "Zxyy-new-pass-1";      // the passwords the password test leaves
    static final String DERMYY_NEW = "Dermyy-own-2026";

    @TempDir static Path root;
    static HqdHome home;
    static ConfigurableApplicationContext server;
    static String base;
    static Browser browser;
    static Periods period = Periods.latestComplete(LocalDate.now());

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.DRIVER),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        home = io.hqd.home.HomeSetup.create(new HqdHome(root.resolve("home")));
        Files.writeString(home.hospitalRegistry(), String.join("\n",
                "code,name,region_code,valid_from,valid_to,tier,grade,type,ownership,admin_level",
                A + ",攀枝花市中心医院,510402,2018-01-01,,三级,甲,综合,公立,市",
                B + ",攀枝花市第二人民医院,510403,2018-01-01,,三级,未定,综合,公立,市", ""));
        Path history = Files.createDirectories(root.resolve("history"));
        Periods q = period;
        for (int i = 0; i < 5; i++) {
            for (String h : List.of(A, B)) {
                Fixtures.template(history.resolve(h + "_" + q.code() + ".xlsx"), h, q.code(), Fixtures.core());
            }
            q = q.previous();
        }
        assertEquals(ExitCodes.OK, HqdCommand.execute("ingest", "--home", home.root().toString(), history.toString()));
        int nightly = HqdCommand.execute("nightly", "--home", home.root().toString(), "--period", period.code(), "--scope", CITY);
        assertEquals(ExitCodes.OK, nightly, "the period's first pack");
        assertEquals(ExitCodes.OK, HqdCommand.execute("lock", "--home", home.root().toString(), "--period", period.code()));
        TestAccounts.add(home, PASSWORD, "zxyy", "hospital", A);
        TestAccounts.add(home, PASSWORD, "dermyy", "hospital", B);
        TestAccounts.add(home, PASSWORD, "tongji", "city", CITY);
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

    static DSLContext warehouse() {
        return server.getBean(WebDatabase.class).dsl();
    }

    @Test
    @Order(1)
    void aFailedRunIsRestartedFromTheBrowserAndFinishesUnderTheSameName() throws Exception {
        // A stored value loses its cell, as a damaged load would leave it: the lineage data test stops the run at 评价.
        DSLContext dsl = warehouse();
        var victim = dsl.select(SUBMISSION_VALUE.SUBMISSION_ID, SUBMISSION_VALUE.CELL).from(SUBMISSION_VALUE)
                .join(SUBMISSION).on(SUBMISSION.SUBMISSION_ID.eq(SUBMISSION_VALUE.SUBMISSION_ID))
                .where(SUBMISSION.REPORTER_CODE.eq(A), SUBMISSION.PERIOD_CODE.eq(period.previous().code()),
                        SUBMISSION_VALUE.ELEMENT_CODE.eq("discharges")).fetchOne();
        dsl.update(SUBMISSION_VALUE).set(SUBMISSION_VALUE.CELL, "")
                .where(SUBMISSION_VALUE.SUBMISSION_ID.eq(victim.value1()), SUBMISSION_VALUE.ELEMENT_CODE.eq("discharges")).execute();

        browser.login("tongji", PASSWORD);
        browser.open("/runs");
        browser.driver.findElement(By.id("run-period")).clear();
        browser.driver.findElement(By.id("run-period")).sendKeys(period.code());
        browser.submit(By.id("run-submit"));
        awaitEnd();
        assertEquals("失败", browser.text("#run-status"), browser.text("main"));
        String name = browser.text("#run-name");
        String run = runId();
        String failedPath = browser.path();
        String errors = browser.text("#failures");
        assertTrue(errors.contains("每个入库数值都能追溯到文件、工作表和单元格"), "the error in words: " + errors);
        assertFalse(errors.contains("delegate Job"), "not Spring Batch's own words: " + errors);
        browser.screenshot(SHOTS, "10-run-failed");

        // The cause is repaired; the statistician presses restart on the failed run.
        dsl.update(SUBMISSION_VALUE).set(SUBMISSION_VALUE.CELL, victim.value2())
                .where(SUBMISSION_VALUE.SUBMISSION_ID.eq(victim.value1()), SUBMISSION_VALUE.ELEMENT_CODE.eq("discharges")).execute();
        browser.submit(By.id("restart"));
        awaitEnd();
        assertEquals("完成", browser.text("#run-status"), browser.text("main"));
        assertEquals(name, browser.text("#run-name"), "same run name after the restart");
        assertEquals(run, runId(), "same run after the restart");
        assertFalse(browser.path().equals(failedPath), "the page follows the restarted execution");
        String steps = browser.text("#steps");
        assertTrue(steps.contains("评价") && steps.contains("报表"), steps);
        assertFalse(steps.contains("接收"), "接收 had completed and is not run again: " + steps);
        browser.screenshot(SHOTS, "11-run-restarted");

        // The old failed execution now points to its restart instead of offering another one.
        browser.open(failedPath);
        assertTrue(browser.driver.findElements(By.id("restart")).isEmpty(), "restarted once");
        assertTrue(browser.text("#restarted-as").startsWith("已续跑"), browser.text("main"));

        browser.open("/audit");
        String audit = browser.text("#audit");
        assertTrue(audit.lines().anyMatch(l -> l.contains("tongji") && l.contains("续跑") && l.contains(run)), audit);
        browser.logout();
    }

    @Test
    @Order(2)
    void aUserChangesTheirPasswordAndAnAdminResetsOneThatMustBeChangedAtNextLogin() throws Exception {
        browser.login("zxyy", PASSWORD);
        String mine = ZXYY_NEW;
        changePassword("wrong-old-1", mine, mine);
        assertEquals("原密码不正确", browser.text("#flash-error"));
        changePassword(PASSWORD, mine, mine + "x");
        assertEquals("两次输入的新密码不一致", browser.text("#flash-error"));
        changePassword(PASSWORD, "Short-7", "Short-7");
        assertTrue(browser.text("#flash-error").contains("至少 8 位"), browser.text("#flash-error"));
        changePassword(PASSWORD, mine, mine);
        assertTrue(browser.text("#flash-message").contains("密码已修改"), browser.text("main"));
        browser.logout();
        browser.login("zxyy", PASSWORD);
        assertTrue(browser.path().startsWith("/login?error"), "the old password no longer signs in: " + browser.path());
        browser.login("zxyy", mine);
        assertEquals("/hospital", browser.path());
        browser.logout();

        String hash = warehouse().select(io.hqd.warehouse.schema.ops.Tables.ACCOUNT.PASSWORD_HASH)
                .from(io.hqd.warehouse.schema.ops.Tables.ACCOUNT)
                .where(io.hqd.warehouse.schema.ops.Tables.ACCOUNT.USERNAME.eq("zxyy")).fetchOne().value1();
        assertTrue(hash.startsWith("$2") && !hash.contains(mine), "stored as a BCrypt hash: " + hash);
        assertTrue(Accounts.ENCODER.matches(mine, hash));

        browser.login("admin", PASSWORD);
        String temporary = "Temp-2026-dermyy";
        browser.driver.findElement(By.xpath("//tr[td[text()='dermyy']]//form[contains(@class,'reset-password')]//input[@name='password']"))
                .sendKeys(temporary);
        browser.submit(By.xpath("//tr[td[text()='dermyy']]//form[contains(@class,'reset-password')]//button"));
        assertTrue(browser.text("#flash-message").contains("已重置 dermyy 的密码"), browser.text("main"));
        browser.screenshot(SHOTS, "12-accounts-reset");
        browser.logout();

        browser.login("dermyy", temporary);
        assertEquals(PasswordChangeGate.PAGE, browser.path(), "a reset password must be changed first");
        assertTrue(browser.text("#must-change").contains("管理员已重置您的密码"));
        browser.screenshot(SHOTS, "13-password-must-change");
        browser.open("/hospital");
        assertEquals(PasswordChangeGate.PAGE, browser.path(), "no other page until it is changed");
        browser.open("/hospital/template");
        assertEquals(PasswordChangeGate.PAGE, browser.path(), "no download either");
        String theirs = DERMYY_NEW;
        changePassword(temporary, theirs, theirs);
        assertTrue(browser.text("#flash-message").contains("密码已修改"));
        browser.open("/hospital");
        assertEquals("/hospital", browser.path());
        browser.logout();

        browser.login("admin", PASSWORD);
        browser.open("/audit");
        String audit = browser.text("#audit");
        assertTrue(audit.lines().anyMatch(l -> l.contains("admin") && l.contains("重置密码") && l.contains("dermyy")), audit);
        assertTrue(audit.lines().anyMatch(l -> l.contains("zxyy") && l.contains("修改密码失败") && l.contains("原密码不正确")), audit);
        assertTrue(audit.lines().filter(l -> l.contains("修改密码") && !l.contains("失败")).count() >= 2, audit);
        assertFalse(audit.contains(mine) || audit.contains(temporary) || audit.contains(theirs), "no password in the audit trail");
        browser.logout();
    }

    @Test
    @Order(3)
    void aCorrectionAfterTheLockCountsOnlyOnceApprovedAndThePackSaysSo() throws Exception {
        // 攀枝花市中心医院 finds more discharges after the pack went out; 第二人民医院 sends a correction too.
        Map<String, Object> more = new java.util.HashMap<>(Fixtures.core());
        more.put("discharges", 12000);
        Map<String, Object> other = new java.util.HashMap<>(Fixtures.core());
        other.put("discharges", 15000);
        Path work = Files.createDirectories(root.resolve("late"));
        browser.login("zxyy", ZXYY_NEW);
        upload(Fixtures.template(work.resolve("中心医院_锁定后更正.xlsx"), A, period.code(), more));
        assertEquals("锁定后更正，待审核", browser.text("#receipt-state"));
        browser.logout();
        browser.login("dermyy", DERMYY_NEW);
        upload(Fixtures.template(work.resolve("二院_锁定后更正.xlsx"), B, period.code(), other));
        assertEquals("锁定后更正，待审核", browser.text("#receipt-state"));
        browser.logout();
        assertEquals(10000.0, inForce(A, "discharges"), "waiting: the locked figure stays");
        assertEquals(10000.0, inForce(B, "discharges"));

        browser.login("tongji", PASSWORD);
        browser.open("/city/corrections");
        String listed = browser.text("#corrections");
        assertTrue(listed.contains("中心医院_锁定后更正.xlsx") && listed.contains("二院_锁定后更正.xlsx"), listed);
        assertTrue(listed.contains("（填报表!E6）：10,000 → 12,000") && listed.contains("10,000 → 15,000"), "what each would change: " + listed);
        browser.screenshot(SHOTS, "14-late-corrections");
        decide("中心医院_锁定后更正.xlsx", "病案首页核对后更正", "approve");
        assertTrue(browser.text("#flash-message").contains("已批准"), browser.text("main"));
        decide("二院_锁定后更正.xlsx", "未附核对说明", "give-back");
        assertTrue(browser.text("#flash-message").contains("已退回"), browser.text("main"));
        listed = browser.text("#corrections");
        assertTrue(listed.contains("已批准，下一期材料起生效 病案首页核对后更正（tongji") && listed.contains("已退回，不计入 未附核对说明（tongji"), listed);
        assertTrue(browser.driver.findElements(By.cssSelector("#corrections form.decide")).isEmpty(), "each decided once");
        assertEquals(12000.0, inForce(A, "discharges"), "approved: in force");
        assertEquals(10000.0, inForce(B, "discharges"), "returned: never counts");
        browser.logout();
        browser.login("dermyy", DERMYY_NEW);
        String history = browser.text("#history");
        assertTrue(history.contains("锁定后更正，已退回，不计入") && history.contains("未附核对说明"), "the hospital sees the return: " + history);
        browser.logout();
        browser.login("tongji", PASSWORD);

        // The next pack: the approved correction in its figures and under 与上期相比的变化; the returned one not counted.
        browser.open("/runs");
        browser.driver.findElement(By.id("run-period")).clear();
        browser.driver.findElement(By.id("run-period")).sendKeys(period.code());
        browser.submit(By.id("run-submit"));
        awaitEnd();
        assertEquals("完成", browser.text("#run-status"), browser.text("main"));
        String run = runId();
        browser.submit(By.id("to-reports"));
        browser.screenshot(SHOTS, "15-pack-after-correction");
        // Every PDF the run wrote (city and county packs), as ops.report_file lists them for the download page.
        StringBuilder all = new StringBuilder();
        var files = io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;
        for (String path : warehouse().select(files.PATH).from(files).where(files.RUN_ID.eq(run), files.FORMAT.eq("pdf"))
                .fetch(files.PATH)) {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(home.reports().resolve(path).toFile())) {
                all.append(io.hqd.report.PageCheck.plain(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)));
            }
        }
        String text = all.toString().replaceAll("\\s+", "");
        assertFalse(text.isEmpty(), "the run wrote PDFs");
        assertTrue(text.contains("锁定后更正"), "the changes section names the after-lock corrections");
        assertTrue(text.contains("已批准，本期材料起生效：病案首页核对后更正"), "approved and in force from this pack");
        assertTrue(text.contains("已退回，不计入：未附核对说明"), "returned: not counted");
        browser.open("/audit");
        String audit = browser.text("#audit");
        assertTrue(audit.contains("批准锁定后更正") && audit.contains("退回锁定后更正"), audit);
        browser.logout();

        // What the pack counted: A's hospital figure from the approved file, B's from the locked one.
        var evaluation = io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
        assertTrue(warehouse().fetchExists(evaluation, evaluation.ORIGINAL_NAME.endsWith("中心医院_锁定后更正.xlsx")),
                "A's figures trace to the approved correction");
        assertFalse(warehouse().fetchExists(evaluation, evaluation.ORIGINAL_NAME.endsWith("二院_锁定后更正.xlsx")),
                "B's returned correction is behind no figure");
    }

    @Test
    @Order(4)
    void aRerunForOneHospitalRendersItsOwnReportAndItsCountyPackOnly() throws Exception {
        browser.login("tongji", PASSWORD);
        browser.open("/runs");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("run-kind"))).selectByValue("HOSPITAL");
        browser.driver.findElement(By.id("run-period")).clear();
        browser.driver.findElement(By.id("run-period")).sendKeys(period.code());
        browser.driver.findElement(By.id("run-hospital")).sendKeys("H99999999");
        browser.submit(By.id("run-submit"));
        assertTrue(browser.text("#flash-error").contains("不在医疗机构名录中"), browser.text("main"));

        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("run-kind"))).selectByValue("HOSPITAL");
        browser.driver.findElement(By.id("run-period")).clear();
        browser.driver.findElement(By.id("run-period")).sendKeys(period.code());
        browser.driver.findElement(By.id("run-hospital")).sendKeys(A);
        browser.submit(By.id("run-submit"));
        awaitEnd();
        assertEquals("完成", browser.text("#run-status"), browser.text("main"));
        String run = runId();
        assertTrue(browser.text("#run-parameters").contains("医疗机构：攀枝花市中心医院（" + A + "）"),
                "the hospital is a parameter of the run, by name: " + browser.text("#run-parameters"));
        browser.screenshot(SHOTS, "16-hospital-rerun");

        var files = io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;
        List<String> pdfs = warehouse().select(files.PATH).from(files).where(files.RUN_ID.eq(run), files.FORMAT.eq("pdf"))
                .orderBy(files.PATH).fetch(files.PATH);
        assertEquals(2, pdfs.size(), "its county's pack and its own report: " + pdfs);
        assertTrue(pdfs.stream().anyMatch(f -> f.contains("hospitals") && f.contains(A + "_攀枝花市中心医院")), pdfs.toString());
        assertTrue(pdfs.stream().anyMatch(f -> !f.contains("hospitals") && Path.of(f).getFileName().toString().startsWith("510402_")),
                "东区's pack: " + pdfs);
        assertFalse(pdfs.stream().anyMatch(f -> f.contains(B) || Path.of(f).getFileName().toString().startsWith(CITY + "_")),
                "neither the other hospital nor the city pack: " + pdfs);
        browser.open("/audit");
        assertTrue(browser.text("#audit").lines().anyMatch(l -> l.contains("启动运行") && l.contains("医疗机构 " + A)),
                browser.text("#audit"));
        browser.logout();
    }

    private static void decide(String file, String reason, String button) {
        String row = "//table[@id='corrections']//tr[td[contains(text(),'" + file + "')]]";
        browser.driver.findElement(By.xpath(row + "//input[@name='reason']")).sendKeys(reason);
        browser.submit(By.xpath(row + "//button[contains(@class,'" + button + "')]"));
    }

    private static double inForce(String hospital, String element) {
        var v = io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
        return warehouse().select(v.VALUE).from(v).where(v.REPORTER_CODE.eq(hospital), v.PERIOD_CODE.eq(period.code()),
                v.ELEMENT_CODE.eq(element)).fetchOne(v.VALUE);
    }

    private static void upload(Path file) {
        browser.open("/hospital");
        browser.driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("upload-submit"));
    }

    private static void changePassword(String old, String fresh, String repeated) {
        browser.open(PasswordChangeGate.PAGE);
        browser.driver.findElement(By.id("old-password")).sendKeys(old);
        browser.driver.findElement(By.id("new-password")).sendKeys(fresh);
        browser.driver.findElement(By.id("repeated")).sendKeys(repeated);
        browser.submit(By.id("password-submit"));
    }


    /** The run's key as the run page lists it among the parameters (运行编号：R…); the heading shows its name. */
    private static String runId() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("运行编号：([A-Za-z0-9_-]+)").matcher(browser.text("main"));
        assertTrue(m.find(), "the run page lists its run parameter: " + browser.text("main"));
        return m.group(1);
    }

    private static void awaitEnd() {
        new WebDriverWait(browser.driver, Duration.ofMinutes(10))
                .ignoring(WebDriverException.class)   // the page refreshes itself while the run goes on
                .until(d -> {
                    var s = d.findElements(By.id("run-status"));
                    return !s.isEmpty() && (s.get(0).getText().equals("完成") || s.get(0).getText().equals("失败"));
                });
    }
}
