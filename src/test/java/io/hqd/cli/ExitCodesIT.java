package io.hqd.cli;

import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.CatalogLoader;
import io.hqd.ingest.Fixtures;
import io.hqd.run.HqdProcess;
import io.hqd.warehouse.Warehouse;

/**
 * The README's exit codes, each on a real command in its own process: 2 for a typo on the command line,
 * 3 for an environment hqd cannot work in, 1 for a failed job, 4 when files were rejected, and never
 * a stack trace for any of them.
 */
class ExitCodesIT {
    @TempDir
    static Path dir;
    static String home;

    @BeforeAll
    static void aHome() throws Exception {
        home = dir.resolve("home").toString();
        HqdProcess.Result init = HqdProcess.run(dir, "init", "--home", home);
        assertThat(init.code()).as(init.output()).isZero();
    }

    static HqdProcess.Result hqd(int expected, String... args) throws Exception {
        HqdProcess.Result r = HqdProcess.run(dir, args);
        assertThat(r.code()).as(r.output()).isEqualTo(expected);
        assertThat(r.output()).doesNotContain("Exception", "\tat ", "Usage:", "Missing required", "Unknown option", "[picocli");
        return r;
    }

    @Test
    void aPeriodThatIsNotAQuarterIsAUsageError() throws Exception {
        assertThat(hqd(2, "evaluate", "--home", home, "--period", "2026Q5").output()).contains("--period", "2026Q5", "年份Q季度");
        hqd(2, "report", "--home", home, "--period", "2026-13");
        hqd(2, "nightly", "--home", home, "--period", "");
        // every command that takes a period refuses a bad one the same way, before touching anything
        for (String[] cmd : new String[][] {
                {"trace", "--home", home, "--period", "2026Q5", "--entity", "H51180001", "--indicator", "cmi"},
                {"trace", "--home", home, "--period", "2026-Q3", "--entity", "H51180001", "--indicator", "cmi"},
                {"lock", "--home", home, "--period", "2026Q5"},
                {"template", "--home", home, "--hospital", "H51180001", "--period", "2026Q5", "--out", dir.resolve("t").toString()}}) {
            assertThat(hqd(2, cmd).output()).as(String.join(" ", cmd)).contains("--period", "年份Q季度");
        }
        assertThat(dir.resolve("t")).doesNotExist();
    }

    @Test
    void hqdAloneShowsTheChineseHelpWithEveryCommand() throws Exception {
        String out = hqd(0).output();
        assertThat(out).contains("用法：hqd", "命令：", "nightly", "ingest", "template", "trace", "显示本帮助并退出");
        assertThat(out).doesNotContain("Show this help", "Print version");
    }

    @Test
    void templateCodesAreCheckedAsEverywhereElse() throws Exception {
        String out = dir.resolve("templates").toString();
        assertThat(hqd(2, "template", "--home", home, "--county", "519999", "--out", out).output())
                .contains("错误：", "519999", "hqd catalog list regions");
        assertThat(hqd(2, "template", "--home", home, "--region", "999999", "--out", out).output())
                .contains("错误：", "999999", "hqd catalog list regions");
        assertThat(hqd(2, "template", "--home", home, "--region", "H51180001", "--out", out).output()).contains("医疗机构代码");
        assertThat(hqd(2, "template", "--home", home, "--hospital", "H59990001", "--out", out).output())
                .contains("错误：", "H59990001", "hqd catalog list hospitals");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void aHomeThatIsAFileIsNamedAsSuch() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-home.txt"), "");
        assertThat(hqd(2, "runs", "--home", file.toString()).output()).contains("是一个文件").doesNotContain("目录不存在", "hqd init --home");
    }

    @Test
    void unknownCodesAreUsageErrorsThatSayWhereToLook() throws Exception {
        assertThat(hqd(2, "report", "--home", home, "--scope", "999998").output()).contains("999998", "hqd catalog list regions");
        assertThat(hqd(2, "report", "--home", home, "--scope", "雅安市").output()).contains("511800");
        assertThat(hqd(2, "evaluate", "--home", home, "--scope", "H51180001").output()).contains("医疗机构代码");
        assertThat(hqd(2, "accept-warning", "--home", home, "--reporter", "H51180001", "--period", "2026Q3",
                "--element", "dischargez", "--rule", "jump", "--reason", "核实").output()).contains("dischargez");
        assertThat(hqd(2, "accept-warning", "--home", home, "--reporter", "H51180001", "--period", "2026Q3",
                "--element", "discharges", "--rule", "required", "--reason", "核实").output()).contains("不是可确认的提示规则");
        assertThat(hqd(2, "catalog", "list", "ruls", "--home", home).output()).contains("regions");
    }

    @Test
    void codesAreCaseInsensitiveAndListed() throws Exception {
        assertThat(hqd(0, "catalog", "list", "regions", "--home", home).output()).contains("511800", "雅安市");
        assertThat(hqd(0, "catalog", "list", "indicators", "--home", home).output()).contains("cmi");
        hqd(0, "accept-warning", "--home", home, "--reporter", "h51180001", "--period", "2026q3",
                "--element", "DISCHARGES", "--rule", "JUMP", "--reason", "院区合并，属实");
    }

    @Test
    void foldersThatAreNotThereOrNotAHomeAreRefused() throws Exception {
        assertThat(hqd(2, "ingest", "--home", home, "/no/such/dir").output()).contains("/no/such/dir", "不存在");
        Path notHome = Files.createDirectories(dir.resolve("empty"));
        assertThat(hqd(2, "runs", "--home", notHome.toString()).output()).contains("不是 hqd 工作目录", "hqd init");
        assertThat(Files.list(notHome).count()).isZero();   // nothing created in a folder that is not a home
        hqd(2, "nightly", "--home", "");
        assertThat(hqd(2, "evaluate", "--home", dir.resolve("typo").toString()).output()).contains("目录不存在");
        assertThat(Files.exists(dir.resolve("typo"))).isFalse();
    }

    @Test
    void picocliSpeaksChinese() throws Exception {
        assertThat(hqd(2, "evaluate", "--home", home, "--no-such-option").output()).contains("未知的选项：--no-such-option");
        assertThat(hqd(2, "demoo").output()).contains("多余或未知的参数：demoo", "是否想输入：hqd demo")
                .doesNotContain("Did you mean");
        assertThat(hqd(2, "accept-warning", "--home", home).output()).contains("缺少必需的参数");
        assertThat(hqd(0, "evaluate", "--help").output()).contains("用法：", "选项：", "显示本帮助并退出");
        assertThat(hqd(0, "--help").output()).contains("命令：", "退出码");
    }

    @Test
    void aWarehouseHeldByAnotherProcessIsAnEnvironmentError() throws Exception {
        try (Warehouse held = Warehouse.open(Path.of(home, "warehouse.duckdb"))) {
            String out = hqd(3, "evaluate", "--home", home, "--period", "2026Q3").output();
            assertThat(out).contains("正被另一个 hqd 进程使用");
            assertThat(out.lines().count()).isLessThan(5);
        }
    }

    @Test
    void aBrokenCatalogIsAnEnvironmentErrorWithoutAStackTrace() throws Exception {
        Path other = dir.resolve("broken-catalog");
        hqd(0, "init", "--home", other.toString());
        CatalogLoader.copyBundledTo(other.resolve("catalog"));
        Path targets = other.resolve("catalog").resolve("targets.csv");
        Files.writeString(targets, Files.readString(targets).replaceFirst("YA2022,cmi,approx", "YA2022,no_such_indicator,approx"));
        String out = hqd(3, "evaluate", "--home", other.toString(), "--period", "2026Q3").output();
        assertThat(out).contains("targets.csv", "no_such_indicator");
        assertThat(out.lines().count()).isLessThan(30);
    }

    @Test
    void aBrokenRegistryIsRefusedAtInitNamingRowAndColumn() throws Exception {
        Path csv = dir.resolve("名录.csv");
        Files.writeString(csv, "机构代码,机构名称,所在区划代码,启用日期,停用日期,级别,等次,类别,所有制,行政级别\n"
                + "H51180001,雅安市人民医院,511800,2018-01-01,,三级,甲,综合,公立,市\n"
                + "H5118002,某医院,511899,2018-13-01,,四级,甲,综合,公立,市\n");
        String out = hqd(3, "init", "--home", dir.resolve("with-registry").toString(), "--registry", csv.toString()).output();
        assertThat(out).contains("第 3 行「机构代码」", "第 3 行「所在区划代码」", "第 3 行「启用日期」", "第 3 行「级别」");
        assertThat(Files.exists(dir.resolve("with-registry"))).isFalse();
    }

    @Test
    void aFailedJobExitsWithOneAndNamesRestart() throws Exception {
        Path other = dir.resolve("failing");
        hqd(0, "init", "--home", other.toString());
        try (Warehouse w = Warehouse.open(other.resolve("warehouse.duckdb"))) {
            w.dsl().insertInto(SUBMISSION)
                    .set(SUBMISSION.SUBMISSION_ID, "bad").set(SUBMISSION.REPORTER_TYPE, "hospital")
                    .set(SUBMISSION.REPORTER_CODE, "H51180001").set(SUBMISSION.PERIOD_CODE, "2025Q3")
                    .set(SUBMISSION.ORIGINAL_NAME, "x.xlsx").set(SUBMISSION.RECEIVED_AT, LocalDateTime.of(2025, 10, 1, 8, 0))
                    .set(SUBMISSION.STATUS, "accepted").set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false)
                    .execute();
            // a value without its cell breaks the lineage data test: the evaluate job fails at its last step
            w.dsl().insertInto(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID, SUBMISSION_VALUE.ELEMENT_CODE,
                    SUBMISSION_VALUE.VALUE, SUBMISSION_VALUE.SHEET, SUBMISSION_VALUE.CELL).values("bad", "discharges", 10.0, "填报表", "").execute();
        }
        String out = hqd(1, "evaluate", "--home", other.toString(), "--period", "2025Q3").output();
        assertThat(out).contains("失败", "数据校验", "hqd restart");
    }

    @Test
    void rejectedFilesExitWithFourAlsoFromNightlyAndAreNamed() throws Exception {
        Path other = dir.resolve("rejecting");
        hqd(0, "init", "--home", other.toString());
        Fixtures.template(other.resolve("inbox").resolve("good.xlsx"), Fixtures.HOSPITAL, "2026Q3", Fixtures.core());
        Files.writeString(other.resolve("inbox").resolve("不是表格.xlsx"), "不是表格");
        String out = hqd(4, "nightly", "--home", other.toString(), "--period", "2026Q3").output();
        assertThat(out).contains("不是表格.xlsx", "被退回");
        // the summary counts the stage jobs' real work: two files read, one loaded
        assertThat(out).containsPattern("接收/接收文件\\s+完成\\s+读取 2\\s+写入 1");
    }
}
