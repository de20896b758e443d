package io.hqd.run;

import static io.hqd.warehouse.schema.ops.Tables.RUN;
import static io.hqd.warehouse.schema.ops.Tables.RUN_NAME;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

/** The run history (ops.run), newest first: what {@code hqd runs} prints and a web page lists. */
public final class RunHistory {
    private RunHistory() {
    }

    /**
     * One job execution of a run; {@code name} is the run's {@link RunName} (stage jobs and restarts share it),
     * {@code status} Spring Batch's status name ({@link RunLabels#status(String)} gives the words).
     */
    public record Entry(long executionId, RunName name, String job, String periodCode, String scope,
                        LocalDateTime startedAt, LocalDateTime finishedAt, String status, String summary) {
        public String runName() {
            return name.label();
        }
    }

    public static List<Entry> latest(DSLContext dsl, int limit) {
        return dsl.select(RUN.fields()).select(RUN_NAME.NUMBER, RUN_NAME.PERIOD_CODE).from(RUN)
                .leftJoin(RUN_NAME).on(RUN_NAME.RUN_KEY.eq(RUN.RUN_NAME))
                .orderBy(RUN.EXECUTION_ID.desc()).limit(limit).fetch(r -> new Entry(
                r.get(RUN.EXECUTION_ID), name(r.get(RUN.RUN_NAME), r.get(RUN_NAME.NUMBER), r.get(RUN_NAME.PERIOD_CODE)),
                r.get(RUN.JOB), r.get(RUN.PERIOD_CODE), r.get(RUN.SCOPE), r.get(RUN.STARTED_AT),
                r.get(RUN.FINISHED_AT), r.get(RUN.STATUS), r.get(RUN.SUMMARY)));
    }

    /** Every recorded run has a number (V61 numbered the older ones); 0 only if the row was written by hand. */
    private static RunName name(String key, Integer number, String period) {
        return new RunName(key, number == null ? 0 : number, period);
    }
}
