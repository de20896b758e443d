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
        var insert = tx.insertInto(MILESTONE_REPORT, MILESTONE_REPORT.SUBMISSION_ID, MILESTONE_REPORT.TARGET_CODE,
                MILESTONE_REPORT.STATE, MILESTONE_REPORT.STATE_DATE, MILESTONE_REPORT.EVIDENCE, MILESTONE_REPORT.DOCUMENT,
                MILESTONE_REPORT.SHEET, MILESTONE_REPORT.CELL);
        for (MilestoneSheetReader.Entry e : entries) { // one statement for the sheet: a statement per row was 7 % of an ingest
            insert = insert.values(id, e.targetCode(), e.state().name(), e.date(), e.evidence(), e.document(),
                    e.where().sheet(), e.where().cell());
        }
        insert.onConflictDoNothing().execute();
    }
}
