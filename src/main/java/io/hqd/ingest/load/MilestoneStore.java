package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.staged.Tables.MILESTONE_REPORT;

import java.util.List;

import org.jooq.DSLContext;

import io.hqd.ingest.read.MilestoneSheetReader;

/**
 * Stores the states read from a template's 规划任务 sheet with the submission they came in, so they are
 * in force, superseded and rejected exactly as its figures are (marts.current_milestone_report).
 */
final class MilestoneStore {

    private MilestoneStore() {
    }

    static void append(DSLContext tx, List<LoadedSubmission> submissions, List<MilestoneSheetReader.Entry> entries) {
        // The sheet exists only in a reporter's own template: one submission per file.
        if (entries.isEmpty() || submissions.size() != 1 || !submissions.get(0).storable()
                || submissions.get(0).status() == Status.REJECTED) {
            return;
        }
        String id = submissions.get(0).submissionId();
        for (MilestoneSheetReader.Entry e : entries) {
            tx.insertInto(MILESTONE_REPORT).set(MILESTONE_REPORT.SUBMISSION_ID, id)
                    .set(MILESTONE_REPORT.TARGET_CODE, e.targetCode()).set(MILESTONE_REPORT.STATE, e.state().name())
                    .set(MILESTONE_REPORT.STATE_DATE, e.date()).set(MILESTONE_REPORT.EVIDENCE, e.evidence())
                    .set(MILESTONE_REPORT.DOCUMENT, e.document()).set(MILESTONE_REPORT.SHEET, e.where().sheet())
                    .set(MILESTONE_REPORT.CELL, e.where().cell())
                    .onConflictDoNothing().execute();
        }
    }
}
