package io.hqd.ingest;

import static io.hqd.warehouse.schema.staged.Tables.ACCEPTED_WARNING;

import java.time.LocalDateTime;

import org.jooq.DSLContext;

/** A statistician's acceptance of a warning (e.g. a real jump after a new ward opened): not raised again. */
public final class AcceptedWarnings {
    private AcceptedWarnings() {
    }

    public static void accept(DSLContext dsl, String reporter, String period, String element, String rule,
                              String reason, String by, LocalDateTime at) {
        dsl.insertInto(ACCEPTED_WARNING)
                .set(ACCEPTED_WARNING.REPORTER_CODE, reporter).set(ACCEPTED_WARNING.PERIOD_CODE, period)
                .set(ACCEPTED_WARNING.ELEMENT_CODE, element).set(ACCEPTED_WARNING.RULE, rule)
                .set(ACCEPTED_WARNING.REASON, reason).set(ACCEPTED_WARNING.ACCEPTED_BY, by)
                .set(ACCEPTED_WARNING.ACCEPTED_AT, at)
                .onConflict(ACCEPTED_WARNING.REPORTER_CODE, ACCEPTED_WARNING.PERIOD_CODE, ACCEPTED_WARNING.ELEMENT_CODE,
                        ACCEPTED_WARNING.RULE)
                .doUpdate().set(ACCEPTED_WARNING.REASON, reason).set(ACCEPTED_WARNING.ACCEPTED_BY, by)
                .set(ACCEPTED_WARNING.ACCEPTED_AT, at)
                .execute();
    }
}
