package io.hqd.demo;

import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;

/** {@code hqd demo}: generate a demo home, run the nightly job on it, and count what came out. */
public final class DemoRunner {

    /** The outcome of one demo run. */
    public record Result(DemoGenerator.Generation generation, BatchStatus status, String runName,
                         long receivedFiles, Map<String, Long> submissionsByStatus, double jobSeconds,
                         Map<String, Double> stageSeconds, String runLabel) {
        public long accepted() { return submissionsByStatus.getOrDefault("accepted", 0L); }
        public long partial() { return submissionsByStatus.getOrDefault("partial", 0L); }
        /** Files received that did not become an accepted or partial submission. */
        public long rejected() { return Math.max(0, receivedFiles - accepted() - partial()); }
    }

    private DemoRunner() {
    }

    public static Result run(HqdHome home, DemoScope scope) throws Exception {
        return run(home, scope, true);
    }

    /**
     * Generates the demo home and runs the nightly job on it; without reports only the ingest and
     * evaluate jobs run (what a test of the warehouse's content needs).
     */
    public static Result run(HqdHome home, DemoScope scope, boolean withReports) throws Exception {
        Catalog catalog = CatalogLoader.load(home.catalog());
        DemoGenerator.Generation g = DemoGenerator.generate(home, catalog, scope, Instant.now());
        String runName = "DEMO-" + scope.to().code();
        long t0 = System.nanoTime();
        try (Pipeline p = Pipeline.open(home)) {
            JobExecution e;
            if (withReports) {
                e = p.run("nightlyJob", Pipeline.parameters()
                        .addString("period", scope.to().code())
                        .addString("scope", "all")
                        .addString("run", runName)
                        .addString("inbox", home.inbox().toString())
                        .toJobParameters());
            } else {
                e = p.run("ingestJob", Pipeline.parameters().addString("inbox", home.inbox().toString())
                        .addString("run", runName).toJobParameters());
                if (e.getStatus() == BatchStatus.COMPLETED) {
                    e = p.run("evaluateJob", Pipeline.parameters().addString("period", scope.to().code())
                            .addString("scope", "all").addString("run", runName).toJobParameters());
                }
            }
            DSLContext dsl = p.bean(DSLContext.class);
            long received = dsl.fetchCount(RECEIVED_FILE);
            Map<String, Long> byStatus = dsl.select(SUBMISSION.STATUS).from(SUBMISSION).fetch(SUBMISSION.STATUS).stream()
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            Map<String, Double> stages = new java.util.LinkedHashMap<>();
            for (StepExecution s : e.getStepExecutions()) {
                if (s.getStartTime() != null && s.getEndTime() != null) {
                    stages.put(s.getStepName(), Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
                }
            }
            return new Result(g, e.getStatus(), runName, received, byStatus, (System.nanoTime() - t0) / 1e9, stages,
                    io.hqd.run.RunName.of(dsl, runName).label());
        }
    }
}
