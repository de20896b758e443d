package io.hqd.evaluate.milestone;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_MILESTONE_REPORT;
import static io.hqd.warehouse.schema.marts.Tables.MILESTONE_STATUS;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.hqd.catalog.Catalog;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.OrgUnits;
import io.hqd.warehouse.Periods;

/**
 * marts.milestone_status: every commitment for every responsible unit in a period, judged from the
 * reports in force. Written by the evaluate job; read by packs and workbooks, most overdue first.
 */
public final class MilestoneMart {
    private final DSLContext dsl;

    public MilestoneMart(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The reports in force up to {@code period} (every earlier period too: a 已完成 stays done). */
    public List<MilestoneReport> reports(Periods period) {
        List<MilestoneReport> out = new ArrayList<>();
        for (var r : dsl.selectFrom(CURRENT_MILESTONE_REPORT).fetch()) {
            Periods p = Periods.parse(r.getPeriodCode());
            if (p.compareTo(period) <= 0) {
                out.add(new MilestoneReport(r.getTargetCode(), r.getReporterCode(), p, MilestoneState.valueOf(r.getState()),
                        r.getStateDate(), r.getEvidence(), r.getDocument()));
            }
        }
        return out;
    }

    /**
     * Re-evaluates the period for the units in {@code scope} (hospital and region codes; null = all),
     * replacing their rows.
     */
    public List<MilestoneRow> refresh(Catalog catalog, OrgUnits org, Periods period, String runId, Collection<String> scope) {
        List<MilestoneRow> rows = new MilestoneEvaluator(catalog, org).evaluate(period, reports(period)).stream()
                .filter(r -> scope == null || scope.contains(r.entityCode())).toList();
        dsl.deleteFrom(MILESTONE_STATUS).where(MILESTONE_STATUS.PERIOD_CODE.eq(period.code()),
                scope == null ? DSL.noCondition() : MILESTONE_STATUS.ENTITY_CODE.in(scope)).execute();
        // A thousand rows per insert: an insert per row took minutes for a province's hospitals. (DuckDB's appender
        // failed this table's CHECK on entity_type for a province's 14,901 rows, though not for the demo's 1,702.)
        var records = rows.stream().map(r -> {
            var rec = dsl.newRecord(MILESTONE_STATUS);
            rec.set(MILESTONE_STATUS.RUN_ID, runId);
            rec.set(MILESTONE_STATUS.PERIOD_CODE, r.periodCode());
            rec.set(MILESTONE_STATUS.TARGET_CODE, r.targetCode());
            rec.set(MILESTONE_STATUS.ENTITY_TYPE, r.entityType());
            rec.set(MILESTONE_STATUS.ENTITY_CODE, r.entityCode());
            rec.set(MILESTONE_STATUS.RESPONSIBLE, r.responsible());
            rec.set(MILESTONE_STATUS.DELIVERABLE, r.deliverable());
            rec.set(MILESTONE_STATUS.NATURE, r.nature());
            rec.set(MILESTONE_STATUS.DUE_DATE, r.due());
            rec.set(MILESTONE_STATUS.STATE, r.state());
            rec.set(MILESTONE_STATUS.STATE_DATE, r.stateDate());
            rec.set(MILESTONE_STATUS.EVIDENCE, r.evidence());
            rec.set(MILESTONE_STATUS.DOCUMENT, r.document());
            rec.set(MILESTONE_STATUS.STATUS, r.status().name());
            rec.set(MILESTONE_STATUS.DAYS_OVERDUE, (int) r.daysOverdue());
            rec.set(MILESTONE_STATUS.STATUS_TEXT, r.text());
            rec.set(MILESTONE_STATUS.REPORTED_PERIOD, r.reportedPeriod());
            return rec;
        }).toList();
        for (int from = 0; from < records.size(); from += 1000) {
            dsl.insertInto(MILESTONE_STATUS, MILESTONE_STATUS.fields())
                    .valuesOfRecords(records.subList(from, Math.min(records.size(), from + 1000))).execute();
        }
        return rows;
    }

    /** The rows of a pack for {@code regionCodes} (its bureaus and the hospitals located there), most overdue first. */
    public List<MilestoneRow> fetch(String periodCode, Collection<String> regionCodes) {
        return dsl.selectFrom(MILESTONE_STATUS)
                .where(MILESTONE_STATUS.PERIOD_CODE.eq(periodCode), MILESTONE_STATUS.ENTITY_CODE.in(regionCodes)
                        .or(MILESTONE_STATUS.ENTITY_TYPE.eq(EntityType.hospital).and(MILESTONE_STATUS.ENTITY_CODE.in(
                                DSL.select(HOSPITAL.CODE).from(HOSPITAL).where(HOSPITAL.REGION_CODE.in(regionCodes))))))
                .fetch(r -> new MilestoneRow(r.getPeriodCode(), r.getTargetCode(), r.getTargetCode().replaceFirst("-\\d+$", ""),
                        null, r.getNature(), r.getEntityType(), r.getEntityCode(), r.getResponsible(), r.getDeliverable(),
                        r.getDueDate(), r.getState(), r.getStateDate(), r.getEvidence(), r.getDocument(),
                        MilestoneStatus.valueOf(r.getStatus()), r.getDaysOverdue(), r.getStatusText(),
                        r.getReportedPeriod()))
                .stream().sorted(MilestoneEvaluator.MOST_OVERDUE_FIRST).toList();
    }
}
