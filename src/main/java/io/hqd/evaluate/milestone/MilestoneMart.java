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
import io.hqd.warehouse.BulkAppender;
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
        // In the table's column order; appended in bulk through a staging copy (see BulkAppender.appendStaged).
        BulkAppender.appendStaged(dsl, MILESTONE_STATUS, rows, r -> new Object[] {runId, r.periodCode(), r.targetCode(),
                r.entityType(), r.entityCode(), r.responsible(), r.deliverable(), r.nature(), r.due(), r.state(),
                r.stateDate(), r.evidence(), r.document(), r.status().name(), (int) r.daysOverdue(), r.text(),
                r.reportedPeriod()});
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
