package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.ops.Tables.FIGURE_INPUT;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL_ATTRIBUTE;
import static io.hqd.warehouse.schema.staged.Tables.INDICATOR;
import static io.hqd.warehouse.schema.staged.Tables.PLAN;
import static io.hqd.warehouse.schema.staged.Tables.REGION;
import static io.hqd.warehouse.schema.staged.Tables.TARGET;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

import io.hqd.warehouse.HqdBuild;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.TableDigest;

/**
 * What a period's figures are computed from, as one fingerprint: every column of the values in force for the
 * quarters of its year to date (a figure is year to date, and its lineage names the cells), and the reference
 * data the figures read (regions, hospitals and their attributes on any day, indicators, plans, targets).
 * A period whose fingerprint is the one its figures were last computed from keeps them: a nightly that adds a
 * period recomputes that period and the earlier ones whose values changed, not the whole history.
 */
final class FigureInputs {
    /**
     * Which build of hqd computes the figures (its code file's size and time): the rules of how a figure is computed
     * live in the code, so figures computed by another build are recomputed once, as if their data had changed.
     */
    static final String BUILD = HqdBuild.ID;
    private final DSLContext dsl;
    private final String reference;

    FigureInputs(DSLContext dsl) {
        this.dsl = dsl;
        this.reference = List.of(REGION, HOSPITAL, HOSPITAL_ATTRIBUTE, INDICATOR, PLAN, TARGET).stream()
                .map(t -> digest(t, DSL.noCondition())).collect(Collectors.joining(","));
    }

    /** The fingerprint of the period's inputs now. */
    String fingerprint(Periods period) {
        List<String> quarters = period.yearToDate().stream().map(Periods::code).toList();
        return BUILD + "#" + reference + "/" + digest(CURRENT_VALUE, CURRENT_VALUE.PERIOD_CODE.in(quarters));
    }

    /** Whether a recorded fingerprint was taken by this build of hqd. */
    static boolean sameBuild(String fingerprint) {
        return fingerprint.startsWith(BUILD + "#");
    }

    /** The fingerprint each period's figures were last computed from, by period code. */
    Map<String, String> recorded() {
        return dsl.select(FIGURE_INPUT.PERIOD_CODE, FIGURE_INPUT.FINGERPRINT).from(FIGURE_INPUT)
                .fetchMap(FIGURE_INPUT.PERIOD_CODE, FIGURE_INPUT.FINGERPRINT);
    }

    /** The period's figures, all of them, were computed now from inputs with this fingerprint. */
    void record(Periods period, String fingerprint, String runId) {
        dsl.insertInto(FIGURE_INPUT)
                .set(FIGURE_INPUT.PERIOD_CODE, period.code()).set(FIGURE_INPUT.FINGERPRINT, fingerprint)
                .set(FIGURE_INPUT.RUN_ID, runId).set(FIGURE_INPUT.COMPUTED_AT, LocalDateTime.now())
                .onConflict(FIGURE_INPUT.PERIOD_CODE).doUpdate()
                .set(FIGURE_INPUT.FINGERPRINT, fingerprint).set(FIGURE_INPUT.RUN_ID, runId)
                .set(FIGURE_INPUT.COMPUTED_AT, LocalDateTime.now())
                .execute();
    }

    /** Forgets the period's fingerprint: its figures were (partly) rewritten from other inputs. */
    void forget(Periods period) {
        dsl.deleteFrom(FIGURE_INPUT).where(FIGURE_INPUT.PERIOD_CODE.eq(period.code())).execute();
    }

    private String digest(Table<?> table, Condition where) {
        return TableDigest.of(dsl, table, where);
    }
}
