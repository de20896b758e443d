package io.hqd.run;

import static io.hqd.warehouse.schema.ops.Tables.RUN;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

/** The run history (ops.run), newest first: what {@code hqd runs} prints and a web page lists. */
public final class RunHistory {
    private RunHistory() {
    }

    /** One run; {@code status} is Spring Batch's status name, {@link RunLabels#status(String)} gives the words. */
    public record Entry(long executionId, String runName, String job, String periodCode, String scope,
                        LocalDateTime startedAt, LocalDateTime finishedAt, String status, String summary) {
    }

    public static List<Entry> latest(DSLContext dsl, int limit) {
        return dsl.selectFrom(RUN).orderBy(RUN.EXECUTION_ID.desc()).limit(limit).fetch(r -> new Entry(
                r.getExecutionId(), r.getRunName(), r.getJob(), r.getPeriodCode(), r.getScope(), r.getStartedAt(),
                r.getFinishedAt(), r.getStatus(), r.getSummary()));
    }
}
