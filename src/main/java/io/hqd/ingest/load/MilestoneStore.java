package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.staged.Tables.MILESTONE_REPORT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hqd.ingest.read.MilestoneSheetReader;

/**
 * Stores the states read from a template's 规划任务 sheet with the submission they came in, so they are
 * in force, superseded and rejected exactly as its figures are (marts.current_milestone_report).
 */
final class MilestoneStore {

    private MilestoneStore() {
    }

    private static final int SUBMISSION_ID = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.SUBMISSION_ID);
    private static final int TARGET_CODE = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.TARGET_CODE);
    private static final int STATE = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.STATE);
    private static final int STATE_DATE = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.STATE_DATE);
    private static final int EVIDENCE = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.EVIDENCE);
    private static final int DOCUMENT = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.DOCUMENT);
    private static final int SHEET = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.SHEET);
    private static final int CELL = StagedRows.column(MILESTONE_REPORT, MILESTONE_REPORT.CELL);

    /** The file's reports, inserted with the transaction's others when it ends. */
    static void append(StoreTransaction t, List<LoadedSubmission> submissions, List<MilestoneSheetReader.Entry> entries) {
        // The sheet exists only in a reporter's own template: one submission per file.
        if (entries.isEmpty() || submissions.size() != 1 || !submissions.get(0).storable()
                || submissions.get(0).status() == Status.REJECTED) {
            return;
        }
        String id = submissions.get(0).submissionId();
        Set<String> seen = new HashSet<>();
        for (MilestoneSheetReader.Entry e : entries) {
            // A task listed twice: its first row counts, as the one insert per sheet with ON CONFLICT DO NOTHING had it.
            if (!seen.add(e.targetCode())) {
                continue;
            }
            Object[] row = t.milestone();
            row[SUBMISSION_ID] = id;
            row[TARGET_CODE] = e.targetCode();
            row[STATE] = e.state().name();
            row[STATE_DATE] = e.date();
            row[EVIDENCE] = e.evidence();
            row[DOCUMENT] = e.document();
            row[SHEET] = e.where().sheet();
            row[CELL] = e.where().cell();
        }
    }
}
