package io.hqd.report.bench;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;
import static io.hqd.warehouse.schema.ops.Tables.RUN;
import static io.hqd.warehouse.schema.staged.Tables.REGION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.hqd.catalog.Region;
import io.hqd.home.HqdHome;
import io.hqd.warehouse.Warehouse;

/** What a child run left in its home's warehouse: how long each job took (ops.run), and what it produced. */
public final class StageTimes {

    public record Counts(int values, int indicatorValues, int evaluations) {
    }

    public record Pages(int pdfs, int pages, int workbooks) {
    }

    private StageTimes() {
    }

    /** Duration of the latest run of a job, from its own start to its end (no JVM or Spring start-up). */
    public static double lastSeconds(HqdHome home, String job) {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            var r = w.dsl().select(RUN.STARTED_AT, RUN.FINISHED_AT).from(RUN).where(RUN.JOB.eq(job))
                    .orderBy(RUN.STARTED_AT.desc()).limit(1).fetchOne();
            if (r == null || r.value2() == null) {
                throw new IllegalStateException("运行记录中没有已结束的 " + job);
            }
            return Duration.between(r.value1(), r.value2()).toNanos() / 1e9;
        }
    }

    /** A pack's file name starts with its region's code: 511800_雅安市_2026Q3_运行1.pdf. */
    private static final Pattern PACK = Pattern.compile("(?:^|/)(\\d{6})_[^/]*\\.pdf$");

    /**
     * When the latest report run recorded the last of its city packs (the end of its renderCityPacks step, the
     * moment the leaders' material is ready), or null when it wrote none.
     */
    public static LocalDateTime cityPacksDone(HqdHome home) {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            DSLContext dsl = w.dsl();
            return cityPacksDone(dsl, dsl.select(RUN.RUN_NAME).from(RUN).where(RUN.JOB.eq("reportJob"))
                    .orderBy(RUN.STARTED_AT.desc()).limit(1).fetchOne(RUN.RUN_NAME));
        }
    }

    /** When report run {@code run} recorded the last of its city packs, or null when it wrote none. */
    public static LocalDateTime cityPacksDone(DSLContext dsl, String run) {
        Set<String> cities = Set.copyOf(dsl.select(REGION.CODE).from(REGION).where(REGION.LEVEL.eq(Region.Level.city))
                .fetch(REGION.CODE));
        LocalDateTime last = null;
        for (var f : dsl.selectFrom(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq(run), REPORT_FILE.FORMAT.eq("pdf")).fetch()) {
            Matcher m = PACK.matcher(f.getPath());
            if (m.find() && cities.contains(m.group(1)) && (last == null || f.getCreatedAt().isAfter(last))) {
                last = f.getCreatedAt();
            }
        }
        return last;
    }

    public static Counts counts(HqdHome home) {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            DSLContext dsl = w.dsl();
            return new Counts(dsl.fetchCount(SUBMISSION_VALUE), dsl.fetchCount(INDICATOR_VALUE), dsl.fetchCount(EVALUATION));
        }
    }

    /** PDFs, their pages and the workbooks of the latest report run. */
    public static Pages lastReport(HqdHome home) {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            DSLContext dsl = w.dsl();
            String run = dsl.select(RUN.RUN_NAME).from(RUN).where(RUN.JOB.eq("reportJob"))
                    .orderBy(RUN.STARTED_AT.desc()).limit(1).fetchOne(RUN.RUN_NAME);
            Integer pages = dsl.select(DSL.sum(REPORT_FILE.PAGES)).from(REPORT_FILE)
                    .where(REPORT_FILE.RUN_ID.eq(run)).fetchOne(0, Integer.class);
            return new Pages(dsl.fetchCount(REPORT_FILE, REPORT_FILE.RUN_ID.eq(run).and(REPORT_FILE.FORMAT.eq("pdf"))),
                    pages == null ? 0 : pages,
                    dsl.fetchCount(REPORT_FILE, REPORT_FILE.RUN_ID.eq(run).and(REPORT_FILE.FORMAT.eq("xlsx"))));
        }
    }
}
