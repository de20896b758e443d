package io.hqd.cli;

import io.hqd.catalog.CatalogLoader;
import io.hqd.demo.DemoGenerator;
import io.hqd.demo.DemoScope;
import io.hqd.home.HqdHome;
import io.hqd.run.Pipeline;
import io.hqd.warehouse.Periods;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

/**
 * The pipeline's benchmark: generates the demo data set into a scratch home and times each stage
 * on it separately, printing throughput and peak heap. Figures quoted in the README and issue notes
 * come from this command.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能基准：在示例数据上分别计时生成、接收、评价、报表各阶段，输出吞吐量和内存峰值。")
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--home", description = "基准测试用的工作目录（会被清空），默认 target/bench-home")
    Path home = Path.of("target", "bench-home");

    @Option(names = "--from", description = "示例数据第一期，默认与 hqd demo 相同")
    String from;

    @Override
    public Integer call() throws Exception {
        deleteTree(home);
        HqdHome h = new HqdHome(home.toAbsolutePath());
        DemoScope scope = DemoScope.defaults(LocalDate.now());
        if (from != null) {
            scope = scope.withPeriods(Periods.parse(from), scope.to());
        }
        String period = scope.to().code();
        long t0 = System.nanoTime();
        DemoGenerator.Generation g = DemoGenerator.generate(h, CatalogLoader.loadBundled(), scope, Instant.now());
        double genSeconds = seconds(t0);
        long bytes = size(h.inbox());
        System.out.printf("示例数据生成  %5d 个文件  %6.1f MB  %6.1f 秒  %6.1f 文件/秒%n", g.files().size(), bytes / 1e6,
                genSeconds, g.files().size() / genSeconds);
        try (Pipeline p = Pipeline.open(h)) {
            DSLContext dsl = p.bean(DSLContext.class);
            double ingest = timed(p, "ingestJob", Pipeline.parameters().addString("inbox", h.inbox().toString())
                    .addString("run", "BENCH-I"));
            long files = dsl.fetchCount(RECEIVED_FILE);
            long values = dsl.fetchCount(SUBMISSION_VALUE);
            System.out.printf("接收（ingest）  %5d 个文件  %8d 个数值  %6.1f 秒  %6.1f 文件/秒  %8.0f 数值/秒%n",
                    files, values, ingest, files / ingest, values / ingest);
            double evaluate = timed(p, "evaluateJob", Pipeline.parameters().addString("period", period)
                    .addString("scope", "all").addString("run", "BENCH-E"));
            System.out.printf("评价（evaluate） %8d 行指标值  %6d 行目标评价  %6.1f 秒%n",
                    dsl.fetchCount(INDICATOR_VALUE), dsl.fetchCount(EVALUATION), evaluate);
            double report = timed(p, "reportJob", Pipeline.parameters().addString("period", period)
                    .addString("scope", "all").addString("run", "BENCH-R"));
            Integer pages = dsl.select(org.jooq.impl.DSL.sum(REPORT_FILE.PAGES)).from(REPORT_FILE)
                    .where(REPORT_FILE.RUN_ID.eq("BENCH-R")).fetchOne(0, Integer.class);
            int pdfs = dsl.fetchCount(REPORT_FILE, REPORT_FILE.RUN_ID.eq("BENCH-R").and(REPORT_FILE.FORMAT.eq("pdf")));
            int pageCount = pages == null ? 0 : pages;
            System.out.printf("报表（report）  %5d 个 PDF  %6d 页  %6.1f 秒  %6.1f 页/秒%n", pdfs, pageCount, report,
                    pageCount / report);
        }
        System.out.printf("堆内存峰值 %.0f MB（-Xmx %.0f MB），处理器 %d 核%n", peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors());
        return ExitCodes.OK;
    }

    private static double timed(Pipeline p, String job, org.springframework.batch.core.job.parameters.JobParametersBuilder params)
            throws Exception {
        long t0 = System.nanoTime();
        JobExecution e = p.run(job, params.toJobParameters());
        if (e.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException(job + " 未完成：" + e.getStatus() + " " + e.getAllFailureExceptions());
        }
        return seconds(t0);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> m.getType() == MemoryType.HEAP)
                .mapToLong(m -> m.getPeakUsage().getUsed()).sum();
    }

    private static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
