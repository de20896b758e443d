package io.hqd.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import io.hqd.catalog.CatalogLoader;
import io.hqd.demo.DemoGenerator;
import io.hqd.demo.DemoScope;
import io.hqd.home.HqdHome;
import io.hqd.run.HqdProcess;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;

/**
 * kill -9 during ingest, evaluate and report (real processes), then {@code hqd restart}: the run ends
 * as an uninterrupted run of the same files ends (warehouse, receipts, manifest), the steps that had
 * completed are not run again, and the run the crash left "running" is recovered at the next start.
 */
class CrashRestartIT {
    static final Periods PERIOD = new Periods(2026, 3);
    @TempDir
    static Path dir;
    static Path pristine;
    static Snapshot reference;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        pristine = dir.resolve("pristine");
        HqdHome home = new HqdHome(pristine);
        DemoScope scope = new DemoScope(List.of("511800"), PERIOD.previous(), PERIOD, DemoScope.DEFAULT_SEED).withCountiesPerCity(1);
        DemoGenerator.generate(home, CatalogLoader.load(home.catalog()), scope, Instant.parse("2026-10-20T08:00:00Z"));
        Path clean = copy(pristine, "uninterrupted");
        HqdProcess.Result r = HqdProcess.run(dir, "nightly", "--home", clean.toString(), "--period", PERIOD.code());
        assertThat(r.code()).as(r.output()).isEqualTo(4);   // the demo's deliberate defects are rejected
        reference = Snapshot.of(clean);
        assertThat(reference.tables.get("staged.submission")).isNotEmpty();
        assertThat(reference.manifest).isNotEmpty();
    }

    @Test
    void killedDuringIngestRestartsAndEndsLikeAnUninterruptedRun() throws Exception {
        Path home = copy(pristine, "kill-ingest");
        HqdProcess p = HqdProcess.start(dir, "nightly", "--home", home.toString(), "--period", PERIOD.code());
        long total = countFiles(home.resolve("inbox"));
        p.killWhen(out -> countFiles(home.resolve("receipts")) >= 10);   // some files done, most not
        assertThat(countFiles(home.resolve("receipts"))).isLessThan(2 * total);

        HqdProcess.Result restart = HqdProcess.run(dir, "restart", "--home", home.toString());
        assertThat(restart.output()).contains("进程意外中断", "续跑运行");
        assertThat(restart.code()).as(restart.output()).isEqualTo(4);
        Snapshot after = Snapshot.of(home);
        assertThat(after.tables).isEqualTo(reference.tables);
        assertThat(after.manifest).isEqualTo(reference.manifest);
        // receipts the kill cut short were rewritten from the warehouse, which does not keep a finding's
        // element code: apart from that, every receipt says what the uninterrupted run's says
        assertThat(withoutElements(after.receipts)).isEqualTo(withoutElements(reference.receipts));
        try (Pipeline pipeline = Pipeline.open(new HqdHome(home))) {
            assertThat(stepRuns(pipeline, "nightlyJob", "backupWarehouse")).isEqualTo(1);
            // every file stored exactly once: the restart saw the files stored before the kill as already received
            DSLContext dsl = pipeline.bean(DSLContext.class);
            assertThat(dsl.fetchCount(io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL,
                    io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL.DUPLICATE.isFalse()))
                    .isEqualTo(dsl.fetchCount(io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE));
        }
    }

    @Test
    void killedDuringEvaluateRestartsWithoutRecomputingIndicators() throws Exception {
        Path home = copy(pristine, "kill-evaluate");
        HqdProcess p = HqdProcess.start(dir, "nightly", "--home", home.toString(), "--period", PERIOD.code());
        p.killWhen(out -> out.stream().anyMatch(l -> l.contains("开始：评价目标")));

        HqdProcess.Result restart = HqdProcess.run(dir, "restart", "--home", home.toString());
        assertThat(restart.code()).as(restart.output()).isEqualTo(4);
        assertThat(restart.output()).contains("从「评价」继续");
        Snapshot after = Snapshot.of(home);
        assertThat(after.tables).isEqualTo(reference.tables);
        assertThat(after.receipts).isEqualTo(reference.receipts);
        assertThat(after.manifest).isEqualTo(reference.manifest);
        try (Pipeline pipeline = Pipeline.open(new HqdHome(home))) {
            assertThat(stepRuns(pipeline, "nightlyJob", "ingest")).isEqualTo(1);
            assertThat(stepRuns(pipeline, "evaluateJob", "computeIndicators")).isEqualTo(1);
            assertThat(stepRuns(pipeline, "evaluateJob", "evaluateTargets")).isEqualTo(2);
            assertThat(pipeline.interrupted()).isEmpty();
        }
    }

    @Test
    void killedDuringReportRestartsWithoutRenderingPacksAgain() throws Exception {
        Path home = copy(pristine, "kill-report");
        HqdProcess p = HqdProcess.start(dir, "nightly", "--home", home.toString(), "--period", PERIOD.code());
        p.killWhen(out -> out.stream().anyMatch(l -> l.contains("开始：生成分析工作簿")));

        // the history read before any other start says the run was cut off, not that it is running, and how to go on
        HqdProcess.Result runs = HqdProcess.run(dir, "runs", "--home", home.toString());
        assertThat(runs.output()).contains("已中断", "进程已不在", "hqd restart --home " + home.toAbsolutePath())
                .doesNotContain("运行中", "hqd restart --job");
        // no pack is left on disk half-written under its own name
        assertThat(partialPdfs(home)).isEmpty();
        HqdProcess.Result restart = HqdProcess.run(dir, "restart", "--home", home.toString());
        // it says what it found and that it continues it, without telling the user to run the command they just ran
        assertThat(restart.output()).contains("进程意外中断", "已标记为失败。", "从「报表」继续").doesNotContain("可用 hqd restart");
        assertThat(restart.code()).as(restart.output()).isEqualTo(4);
        Snapshot after = Snapshot.of(home);
        assertThat(after.tables).isEqualTo(reference.tables);
        assertThat(after.receipts).isEqualTo(reference.receipts);
        assertThat(after.manifest).isEqualTo(reference.manifest);
        try (Pipeline pipeline = Pipeline.open(new HqdHome(home))) {
            assertThat(stepRuns(pipeline, "nightlyJob", "evaluate")).isEqualTo(1);
            assertThat(stepRuns(pipeline, "reportJob", "renderPacks")).isEqualTo(1);
            assertThat(stepRuns(pipeline, "reportJob", "writeWorkbooks")).isEqualTo(2);
        }
        HqdProcess.Result history = HqdProcess.run(dir, "runs", "--home", home.toString());
        assertThat(history.output()).contains("完成", "失败").doesNotContain("运行中", "COMPLETED");
    }

    @Test
    void aReportRunKilledOnItsOwnIsContinuedByTheBareRestart() throws Exception {
        Path home = copy(dir.resolve("uninterrupted"), "kill-report-alone");
        HqdProcess p = HqdProcess.start(dir, "report", "--home", home.toString(), "--period", PERIOD.code(), "--rerun");
        p.killWhen(out -> out.stream().anyMatch(l -> l.contains("开始：生成县区和医院会议材料")));   // while packs are written

        HqdProcess.Result runs = HqdProcess.run(dir, "runs", "--home", home.toString());
        assertThat(runs.output()).contains("已中断", "hqd restart --job reportJob --home " + home.toAbsolutePath());
        assertThat(partialPdfs(home)).isEmpty();
        HqdProcess.Result restart = HqdProcess.run(dir, "restart", "--home", home.toString());
        assertThat(restart.output()).contains("进程意外中断", "续跑", "报表", "从「生成县区和医院会议材料」继续");
        assertThat(restart.code()).as(restart.output()).isZero();
        assertThat(partialPdfs(home)).isEmpty();
        try (Pipeline pipeline = Pipeline.open(new HqdHome(home))) { // the city packs, done before the kill, are kept
            JobRepository repo = pipeline.bean(JobRepository.class);
            JobInstance rerun = repo.getJobInstances("reportJob", 0, 1).get(0); // the newest: the killed --rerun
            assertThat(repo.getStepExecutionCount(rerun, "renderCityPacks")).isEqualTo(1);
            assertThat(repo.getStepExecutionCount(rerun, "renderPacks")).isEqualTo(2);
        }
        HqdProcess.Result again = HqdProcess.run(dir, "restart", "--home", home.toString());
        assertThat(again.output()).contains("没有需要续跑的失败运行");
        assertThat(again.code()).isZero();
    }

    /** PDFs under the reports folder that do not end as a PDF ends: a file a kill cut short. */
    static List<Path> partialPdfs(Path home) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home.resolve("reports"))) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".pdf") && !new String(tail(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF")
                        || name.endsWith(".part") || name.contains(".pdf.")) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    static byte[] tail(Path f) throws IOException {
        byte[] all = Files.readAllBytes(f);
        return java.util.Arrays.copyOfRange(all, Math.max(0, all.length - 1024), all.length);
    }

    static Map<String, String> withoutElements(Map<String, String> receipts) {
        Map<String, String> out = new TreeMap<>();
        receipts.forEach((k, v) -> out.put(k, v.replaceAll("(?m)^\\s*\"(element|hospital)\" : .*\\R", "")
                .replaceAll(",(\\s*})", "$1")));
        return out;
    }

    /** How many times a step ran in the only instance of a job: the work done, counted by Spring Batch. */
    static long stepRuns(Pipeline p, String job, String step) throws Exception {
        JobRepository repo = p.bean(JobRepository.class);
        List<JobInstance> instances = repo.getJobInstances(job, 0, 10);
        assertThat(instances).hasSize(1);
        assertThat(repo.getLastJobExecution(instances.get(0)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return repo.getStepExecutionCount(instances.get(0), step);
    }

    static Path copy(Path from, String name) throws IOException {
        Path to = dir.resolve(name);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    static long countFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;   // a file vanished while counting
        }
    }

    /** What must not depend on a crash: warehouse content (times and paths aside), receipts, the manifest's files. */
    record Snapshot(Map<String, List<String>> tables, Map<String, String> receipts, List<String> manifest) {
        static final List<String> TABLES = List.of("raw.received_file", "raw.cell_value", "staged.submission",
                "staged.submission_value", "staged.finding", "marts.indicator_value", "marts.evaluation");

        static Snapshot of(Path home) throws IOException {
            Map<String, List<String>> tables = new TreeMap<>();
            try (Warehouse w = Warehouse.open(home.resolve("warehouse.duckdb"))) {
                DSLContext dsl = w.dsl();
                for (String t : TABLES) {
                    String[] st = t.split("\\.");
                    List<String> cols = dsl.fetch("select column_name from information_schema.columns where table_schema = ? "
                                    + "and table_name = ? and data_type not like 'TIMESTAMP%' and column_name not like '%path%' "
                                    + "order by ordinal_position", st[0], st[1]).getValues(0, String.class);
                    List<String> rows = new ArrayList<>();
                    for (Record r : dsl.fetch("select " + String.join(", ", cols) + " from " + t)) {
                        rows.add(r.formatCSV(false).strip());
                    }
                    rows.sort(null);
                    tables.put(t, rows);
                }
            }
            Map<String, String> receipts = new TreeMap<>();
            try (Stream<Path> all = Files.walk(home.resolve("receipts"))) { // filed in period/reporter folders
                for (Path p : all.filter(p -> p.toString().endsWith(".json")).toList()) {
                    // times of writing aside, a receipt says the same after a crash
                    receipts.put(p.getFileName().toString(), Files.readString(p)
                            .replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?", "<time>"));
                }
                assertThat(Files.walk(home.resolve("receipts")).filter(p -> p.toString().endsWith(".xlsx")).count())
                        .isEqualTo(receipts.size());
            }
            List<String> manifest = new ArrayList<>();
            try (Stream<Path> all = Files.walk(home.resolve("reports"))) {
                for (Path m : all.filter(p -> p.getFileName().toString().equals("manifest.csv")).toList()) {
                    for (String line : Files.readAllLines(m)) {
                        // checksums and times differ between two renderings of the same PDF
                        manifest.add(home.resolve("reports").relativize(m.getParent()) + " | "
                                + line.replaceAll("\\b[0-9a-f]{64}\\b", "<sha>")
                                .replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?", "<time>"));
                    }
                }
            }
            return new Snapshot(tables, receipts, manifest);
        }
    }
}
