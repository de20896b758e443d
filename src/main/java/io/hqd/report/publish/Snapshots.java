package io.hqd.report.publish;

import static io.hqd.warehouse.schema.ops.Tables.PUBLISHED_EVALUATION;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import io.hqd.report.data.EvalFact;

/** Keeps what a region's pack showed, so the next pack can say what changed. */
public final class Snapshots {
    private final DSLContext dsl;

    public Snapshots(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void publish(String run, String regionCode, List<EvalFact> facts, LocalDateTime now) {
        dsl.deleteFrom(PUBLISHED_EVALUATION)
                .where(PUBLISHED_EVALUATION.RUN_ID.eq(run), PUBLISHED_EVALUATION.REGION_CODE.eq(regionCode)).execute();
        for (EvalFact f : facts) {
            dsl.insertInto(PUBLISHED_EVALUATION).set(PUBLISHED_EVALUATION.RUN_ID, run)
                    .set(PUBLISHED_EVALUATION.REGION_CODE, regionCode).set(PUBLISHED_EVALUATION.PERIOD_CODE, f.periodCode())
                    .set(PUBLISHED_EVALUATION.TARGET_CODE, f.targetCode()).set(PUBLISHED_EVALUATION.ENTITY_TYPE, f.entityType())
                    .set(PUBLISHED_EVALUATION.ENTITY_CODE, f.entityCode()).set(PUBLISHED_EVALUATION.ENTITY_NAME, f.entityName())
                    .set(PUBLISHED_EVALUATION.STATUS, f.status()).set(PUBLISHED_EVALUATION.VALUE, f.value())
                    .set(PUBLISHED_EVALUATION.PUBLISHED_AT, now).execute();
        }
    }
}
