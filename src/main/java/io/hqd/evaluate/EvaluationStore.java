package io.hqd.evaluate;

import io.hqd.warehouse.BulkAppender;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.schema.marts.tables.records.EvaluationRecord;
import io.hqd.warehouse.schema.marts.tables.records.FigureReporterRecord;
import io.hqd.warehouse.schema.marts.tables.records.IndicatorLineageRecord;
import io.hqd.warehouse.schema.marts.tables.records.IndicatorValueRecord;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.List;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.FIGURE_REPORTER;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;

/**
 * Replaces a period's rows in the marts (for the entities of the run's scope) inside the caller's
 * transaction, so a rerun of the same period and scope leaves exactly what a first run leaves.
 */
public final class EvaluationStore {
    private final DSLContext dsl;

    public EvaluationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void replaceIndicatorValues(Periods period, Collection<String> entityCodes, List<IndicatorValueRecord> rows) {
        dsl.deleteFrom(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.PERIOD_CODE.eq(period.code()))
                .and(entityCodes == null ? org.jooq.impl.DSL.noCondition() : INDICATOR_VALUE.ENTITY_CODE.in(entityCodes))
                .execute();
        BulkAppender.append(dsl, INDICATOR_VALUE, rows);
    }

    /** Replaces the period's lineage rows of the given reporters (null: all). */
    public void replaceLineage(Periods period, Collection<String> reporterCodes, List<IndicatorLineageRecord> rows) {
        dsl.deleteFrom(INDICATOR_LINEAGE)
                .where(INDICATOR_LINEAGE.PERIOD_CODE.eq(period.code()))
                .and(reporterCodes == null ? org.jooq.impl.DSL.noCondition() : INDICATOR_LINEAGE.REPORTER_CODE.in(reporterCodes))
                .execute();
        BulkAppender.append(dsl, INDICATOR_LINEAGE, rows);
    }

    /** Replaces the period's figure → reporter rows of the given entities (null: all). */
    public void replaceFigureReporters(Periods period, Collection<String> entityCodes, List<FigureReporterRecord> rows) {
        dsl.deleteFrom(FIGURE_REPORTER)
                .where(FIGURE_REPORTER.PERIOD_CODE.eq(period.code()))
                .and(entityCodes == null ? org.jooq.impl.DSL.noCondition() : FIGURE_REPORTER.ENTITY_CODE.in(entityCodes))
                .execute();
        BulkAppender.append(dsl, FIGURE_REPORTER, rows);
    }

    public void replaceEvaluations(Periods period, Collection<String> entityCodes, List<EvaluationRow> rows, String runId) {
        dsl.deleteFrom(EVALUATION)
                .where(EVALUATION.PERIOD_CODE.eq(period.code()))
                .and(entityCodes == null ? org.jooq.impl.DSL.noCondition() : EVALUATION.ENTITY_CODE.in(entityCodes))
                .execute();
        BulkAppender.append(dsl, EVALUATION, rows.stream().map(r -> new EvaluationRecord(runId, r.periodCode(),
                r.targetCode(), r.entityType(), r.entityCode(), r.entityName(), r.numerator(), r.denominator(), r.value(),
                r.targetValue(), r.pathValue(), r.status(), r.provisional(), r.evidence(), r.coverageNote(),
                r.hospitalsInScope(), r.hospitalsMet())).toList());
    }
}
