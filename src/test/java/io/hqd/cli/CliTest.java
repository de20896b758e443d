package io.hqd.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    /** Runs a command in-process, capturing what it prints (commands print to System.out/err). */
    private static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = HqdCommand.commandLine();
            int code = cl.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void aHome() {
        assertThat(run("init", "--home", dir.toString()).code()).isZero();
    }

    /**
     * Every catalog listing starts with a header line naming its columns, and its columns line up as a terminal draws
     * them (a Chinese character two columns wide): regions printed no header while the other lists were read as having one.
     */
    @Test
    void everyCatalogListHasAHeaderAndAlignedColumns() {
        for (String[] list : new String[][] {{"regions", "代码", "级别", "名称"}, {"hospitals", "代码", "区划", "名称"},
                {"indicators", "代码", "类型", "名称"}}) {
            Outcome o = run("catalog", "list", list[0], "--home", dir.toString());
            assertThat(o.code()).as(o.err()).isZero();
            java.util.List<String> lines = o.out().lines().toList();
            assertThat(lines.getFirst()).as(list[0]).startsWith(list[1]).contains(list[2], list[3]);
            assertThat(lines).as(list[0]).hasSizeGreaterThan(1);
            int nameAt = TextColumns.width(lines.getFirst().substring(0, lines.getFirst().indexOf(list[3])));
            for (String line : lines.subList(1, lines.size())) {
                int last = line.lastIndexOf("  ");
                assertThat(TextColumns.width(line.substring(0, last + 2))).as("%s: %s", list[0], line)
                        .isEqualTo(nameAt);
            }
        }
        Outcome regions = run("catalog", "list", "regions", "--home", dir.toString());
        java.util.List<String> lines = regions.out().lines().toList();
        String province = lines.stream().filter(l -> l.contains("四川省")).findFirst().orElseThrow();
        String county = lines.stream().filter(l -> l.contains("县区")).findFirst().orElseThrow();
        assertThat(TextColumns.width(province.substring(0, province.indexOf("四川省"))))
                .isEqualTo(TextColumns.width(county.substring(0, county.lastIndexOf("  ") + 2)));
    }

    @Test
    void helpListsTheCommandsInChinese() {
        Outcome o = run("--help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("nightly", "ingest", "evaluate", "report", "catalog", "退出码");
    }

    @Test
    void unknownOptionsAreAUsageError() {
        Outcome o = run("evaluate", "--no-such-option");
        assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aBrokenCatalogInTheHomeIsReportedWithFileLineAndField() throws Exception {
        Path catalog = dir.resolve("catalog");
        Files.createDirectories(catalog);
        io.hqd.catalog.CatalogLoader.copyBundledTo(catalog);
        Path targets = catalog.resolve("targets.csv");
        String text = Files.readString(targets);
        Files.writeString(targets, text.replaceFirst("YA2022,cmi,approx", "YA2022,no_such_indicator,approx"));
        Outcome o = run("catalog", "check", "--home", dir.toString());
        assertThat(o.code()).isNotZero();
        assertThat(o.out() + o.err()).contains("targets.csv").contains("第").contains("no_such_indicator");
    }

    @Test
    void repeatingAFinishedRunExplainsRerunInChineseAndRerunRunsAgain() {
        String home = dir.toString();
        assertThat(run("evaluate", "--home", home, "--period", "2025Q3").code()).isZero();
        Outcome again = run("evaluate", "--home", home, "--period", "2025Q3");
        assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("已经完成", "--rerun").doesNotContain("JobParameter");
        assertThat(run("evaluate", "--home", home, "--period", "2025Q3", "--rerun").code()).isZero();
    }

    @Test
    void aLockedPeriodStaysLockedAcrossRunsUntilUnlocked() {
        String home = dir.toString();
        assertThat(run("lock", "--home", home, "--period", "2025Q3").code()).isEqualTo(ExitCodes.USAGE);   // no periods yet
        assertThat(run("evaluate", "--home", home, "--period", "2025Q3").code()).isZero();
        Outcome lock = run("lock", "--home", home, "--period", "2025Q3", "--by", "统计科");
        assertThat(lock.code()).isZero();
        assertThat(lock.out()).contains("已锁定：2025年第三季度");
        assertThat(run("evaluate", "--home", home, "--period", "2025Q3", "--rerun").code()).isZero();
        assertThat(lockedBy("2025Q3")).isEqualTo("统计科");
        assertThat(run("lock", "--home", home, "--period", "2025Q3", "--unlock").code()).isZero();
        assertThat(lockedBy("2025Q3")).isNull();
    }

    private String lockedBy(String period) {
        try (var w = io.hqd.warehouse.Warehouse.open(dir.resolve("warehouse.duckdb"))) {
            return w.dsl().select(io.hqd.warehouse.schema.staged.Tables.PERIOD.LOCKED_BY)
                    .from(io.hqd.warehouse.schema.staged.Tables.PERIOD)
                    .where(io.hqd.warehouse.schema.staged.Tables.PERIOD.PERIOD_CODE.eq(period)).fetchOne().value1();
        }
    }
}
