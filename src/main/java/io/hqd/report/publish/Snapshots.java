package io.hqd.report.publish;

import static io.hqd.warehouse.schema.ops.Tables.PUBLISHED_EVALUATION;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import io.hqd.report.data.EvalFact;
import io.hqd.warehouse.BulkAppender;

/** Keeps what a region's pack showed, so the next pack can say what changed. */
public final class Snapshots {
    private final DSLContext dsl;

    public Snapshots(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Replaces the region's snapshot. The rows go in through the appender: a city's pack holds every row of its
     * counties, and one INSERT per row made this the slowest part of publishing at province scale.
     */
    public void publish(String run, String regionCode, List<EvalFact> facts, LocalDateTime now) {
        dsl.deleteFrom(PUBLISHED_EVALUATION)
                .where(PUBLISHED_EVALUATION.RUN_ID.eq(run), PUBLISHED_EVALUATION.REGION_CODE.eq(regionCode)).execute();
        // the delete ran first on this connection, so the appended rows belong to the step's transaction
        BulkAppender.append(dsl, PUBLISHED_EVALUATION, facts, f -> new Object[] {run, regionCode, f.periodCode(),
                f.targetCode(), f.entityType(), f.entityCode(), f.entityName(), f.status(), f.value(), now});
    }
}
