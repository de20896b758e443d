package io.hqd.evaluate;

import io.hqd.warehouse.BulkAppender;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.schema.marts.tables.records.EvaluationRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.List;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.FIGURE_BUREAU;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static io.hqd.warehouse.schema.marts.Tables.REGION_HOSPITAL;

/**
 * Replaces a period's rows in the marts (for the entities of the run's scope) inside the caller's
 * transaction, so a rerun of the same period and scope leaves exactly what a first run leaves.
 */
public final class EvaluationStore {
    private final DSLContext dsl;

    public EvaluationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void replaceIndicatorValues(Periods period, Collection<String> entityCodes, List<FigureRows.Value> rows) {
        replace(INDICATOR_VALUE, INDICATOR_VALUE.PERIOD_CODE, INDICATOR_VALUE.ENTITY_CODE, period, entityCodes, rows,
                FigureRows.Value::columns);
        requireUnique(INDICATOR_VALUE, INDICATOR_VALUE.PERIOD_CODE, period, INDICATOR_VALUE.ENTITY_TYPE,
                INDICATOR_VALUE.ENTITY_CODE, INDICATOR_VALUE.INDICATOR);
    }

    /** Replaces the period's lineage rows of the given reporters (null: all). */
    public void replaceLineage(Periods period, Collection<String> reporterCodes, List<FigureRows.Lineage> rows) {
        replace(INDICATOR_LINEAGE, INDICATOR_LINEAGE.PERIOD_CODE, INDICATOR_LINEAGE.REPORTER_CODE, period, reporterCodes,
                rows, FigureRows.Lineage::columns);
        requireUnique(INDICATOR_LINEAGE, INDICATOR_LINEAGE.PERIOD_CODE, period, INDICATOR_LINEAGE.REPORTER_CODE,
                INDICATOR_LINEAGE.INDICATOR, INDICATOR_LINEAGE.PART, INDICATOR_LINEAGE.QUARTER);
    }

    /**
     * Fails (and so rolls the caller's transaction back) when two of the period's rows share a key: the table keeps no
     * key index (maintaining one cost more than computing the figures, see migration V35), so this is where a
     * duplicate would be caught before it is committed.
     */
    private void requireUnique(Table<?> table, Field<String> periodCode, Periods period, Field<?>... key) {
        Record duplicate = dsl.select(key).from(table).where(periodCode.eq(period.code()))
                .groupBy(key).having(DSL.count().gt(1)).limit(1).fetchOne();
        if (duplicate != null) {
            throw new IllegalStateException(table.getName() + " 中 " + period.code() + " 有重复的行：" + duplicate.intoList());
        }
    }

    /** Replaces the period's region-level figure → bureau rows of the given entities (null: all). */
    public void replaceFigureBureaus(Periods period, Collection<String> entityCodes, List<FigureRows.Reporter> rows) {
        replace(FIGURE_BUREAU, FIGURE_BUREAU.PERIOD_CODE, FIGURE_BUREAU.ENTITY_CODE, period, entityCodes, rows,
                FigureRows.Reporter::columns);
    }

    /** Replaces the period's region → hospital rows of the given regions (null: all). */
    public void replaceRegionHospitals(Periods period, Collection<String> regionCodes, List<FigureRows.Member> rows) {
        replace(REGION_HOSPITAL, REGION_HOSPITAL.PERIOD_CODE, REGION_HOSPITAL.REGION_CODE, period, regionCodes, rows,
                FigureRows.Member::columns);
    }

    public void replaceEvaluations(Periods period, Collection<String> entityCodes, List<EvaluationRow> rows, String runId) {
        replace(EVALUATION, EVALUATION.PERIOD_CODE, EVALUATION.ENTITY_CODE, period, entityCodes,
                rows.stream().map(r -> new EvaluationRecord(runId, r.periodCode(),
                        r.targetCode(), r.entityType(), r.entityCode(), r.entityName(), r.numerator(), r.denominator(), r.value(),
                        r.targetValue(), r.pathValue(), r.status(), r.provisional(), r.evidence(), r.coverageNote(),
                        r.hospitalsInScope(), r.hospitalsMet())).toList(), Record::intoArray);
    }

    /** Deletes the period's rows of the given codes (null: every code) and appends the new ones. */
    private <T> void replace(Table<?> table, Field<String> periodCode, Field<String> code, Periods period,
            Collection<String> codes, List<T> rows, java.util.function.Function<T, Object[]> columns) {
        dsl.deleteFrom(table)
                .where(periodCode.eq(period.code()))
                .and(codes == null ? DSL.noCondition() : code.in(codes))
                .execute();
        BulkAppender.append(dsl, table, rows, columns);
    }
}
