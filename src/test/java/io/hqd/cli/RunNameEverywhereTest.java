package io.hqd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.home.HqdHome;
import io.hqd.report.ReportFixture;
import io.hqd.jobs.Pipeline;

/**
 * One name per run (io.hqd.run.RunName): the console line of a real {@code hqd report}, {@code hqd runs},
 * the folder and file names, every page of the pack (cover first) and the manifest all say the same.
 */
class RunNameEverywhereTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out) {
    }

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = HqdCommand.commandLine().execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void theConsoleTheRunsListingEveryPackPageAndTheManifestNameTheRunAlike() throws Exception {
        String home = dir.toString();
        assertThat(run("init", "--home", home).code()).isZero();
        HqdHome h = new HqdHome(dir);
        ReportFixture fixture = new ReportFixture(h, false);
        try (Pipeline p = Pipeline.open(h)) {
            fixture.load(p.bean(DSLContext.class));
        }

        Outcome first = run("report", "--home", home, "--period", "2026Q3");
        Outcome rerun = run("report", "--home", home, "--period", "2026Q3", "--rerun");
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(rerun.code()).as(rerun.out()).isZero();
        // the day's routine run is the home's first; a rerun asked for by a person is the second
        String routine = "运行 #1（2026Q3，例行）";
        String again = "运行 #2（2026Q3，重新运行）";
        assertThat(first.out()).contains(routine + " 报表：完成");
        assertThat(rerun.out()).contains(again + " 报表：完成").doesNotContain("运行 #1");

        Outcome runs = run("runs", "--home", home);
        List<String> lines = runs.out().lines().toList();
        assertThat(lines).as("a header line names the columns").anyMatch(l -> l.startsWith("运行") && l.contains("开始 → 结束")
                && l.contains("状态"));
        assertThat(lines).anyMatch(l -> l.startsWith(again) && l.contains("报表") && l.contains("完成"));
        assertThat(lines).anyMatch(l -> l.startsWith(routine) && l.contains("报表") && l.contains("完成"));
        assertThat(runs.out()).doesNotContain("R2026", "N2026");

        Path folder = h.reports().resolve("2026Q3").resolve("运行2");
        Path pack = folder.resolve("511800_雅安市_2026Q3_运行2.pdf");
        assertThat(pack).isRegularFile();
        assertThat(h.reports().resolve("2026Q3").resolve("运行1").resolve("511800_雅安市_2026Q3_运行1.pdf")).isRegularFile();
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String words = io.hqd.report.PageCheck.plain(text.getText(doc));
                assertThat(words).as("page %d", page).contains(again).doesNotContain("批次");
            }
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(io.hqd.report.PageCheck.plain(text.getText(doc))).as("cover").contains("目标监测会议材料", again);
        }
        assertThat(Files.readString(folder.resolve("manifest.json"))).contains("\"run\" : \"" + again + "\"");
        List<String> csv = Files.readAllLines(folder.resolve("manifest.csv"));
        assertThat(csv.get(0)).endsWith(",run");
        assertThat(csv.subList(1, csv.size())).isNotEmpty().allMatch(l -> l.endsWith("," + again));
    }
}
