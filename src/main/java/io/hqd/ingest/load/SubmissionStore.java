package io.hqd.ingest.load;

import io.hqd.warehouse.BulkAppender;
import io.hqd.warehouse.schema.raw.tables.records.CellValueRecord;
import io.hqd.warehouse.schema.staged.tables.records.SubmissionValueRecord;
import java.util.ArrayList;

import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.hqd.ingest.Finding;
import io.hqd.ingest.read.ReadCell;
import io.hqd.warehouse.schema.staged.tables.records.SubmissionRecord;

/**
 * Writes one file's arrival, raw cells, submissions, values and findings in ONE warehouse
 * transaction: a failure anywhere leaves nothing of the file, and the next run loads it once.
 * {@link #batch} stores several files in one transaction (one commit, one wait for the disk): a failure
 * leaves nothing of any of them.
 */
public final class SubmissionStore {
    private final DSLContext dsl;
    /** Inside {@link #batch}: the caller's transaction is used, none is opened per file. */
    private final boolean joined;

    public SubmissionStore(DSLContext dsl) {
        this(dsl, false);
    }

    private SubmissionStore(DSLContext dsl, boolean joined) {
        this.dsl = dsl;
        this.joined = joined;
    }

    /**
     * Runs {@code work} with a store whose every write joins ONE transaction, committed when {@code work}
     * returns and rolled back entirely if it throws (DuckDB has no savepoints, so a file cannot be undone
     * alone inside it).
     */
    public void batch(Consumer<SubmissionStore> work) {
        dsl.transaction(cfg -> work.accept(new SubmissionStore(cfg.dsl(), true)));
    }

    private void inTransaction(Consumer<DSLContext> work) {
        if (joined) {
            work.accept(dsl);
        } else {
            dsl.transaction(cfg -> work.accept(cfg.dsl()));
        }
    }

    /** Whether these bytes were received before (the file is then recognised, not ingested again). */
    public boolean known(String sha256) {
        return dsl.fetchExists(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(sha256));
    }

    /** Every hash received before this run: such files are recognised without being parsed again. */
    public Set<String> knownHashes() {
        return new HashSet<>(dsl.select(RECEIVED_FILE.SHA256).from(RECEIVED_FILE).fetch(RECEIVED_FILE.SHA256));
    }

    public void recordDuplicate(Received r, String runId) {
        inTransaction(tx -> arrival(tx, r, runId, true));
    }

    /**
     * A file whose bytes are on record (an empty file, like every earlier one) seen again and refused again: its arrival
     * is not a repeat, and its findings, naming this file, follow the earlier ones under the same hash.
     */
    public void recordRefusedAgain(Received r, String runId, List<Finding> findings) {
        inTransaction(tx -> {
            arrival(tx, r, runId, false);
            int next = tx.select(DSL.coalesce(DSL.max(FINDING.SEQ), -1)).from(FINDING).where(FINDING.SHA256.eq(r.sha256()))
                    .fetchOne().value1() + 1;
            insertFindings(tx, r, findings, next);
        });
    }

    /** Stores the file and its submissions in one transaction; returns the submissions now in force. */
    public List<LoadedSubmission> store(Received r, String runId, List<ReadCell> rawCells, FileOutcome outcome) {
        return store(r, runId, rawCells, outcome, List.of());
    }

    /** As above, with the states read from the file's 规划任务 sheet. */
    public List<LoadedSubmission> store(Received r, String runId, List<ReadCell> rawCells, FileOutcome outcome,
                                        List<io.hqd.ingest.read.MilestoneSheetReader.Entry> milestones) {
        List<LoadedSubmission> inForce = new ArrayList<>();
        inTransaction(tx -> {
            inForce.clear();
            tx.insertInto(RECEIVED_FILE).set(RECEIVED_FILE.SHA256, r.sha256())
                    .set(RECEIVED_FILE.ORIGINAL_NAME, r.originalName()).set(RECEIVED_FILE.SIZE_BYTES, r.size())
                    .set(RECEIVED_FILE.RECEIVED_AT, r.receivedAt()).set(RECEIVED_FILE.SOURCE_FOLDER, r.sourceFolder())
                    .set(RECEIVED_FILE.ARCHIVE_PATH, r.archived() != null ? r.archived().toString()
                            : r.size() == 0 ? "（未归档：空文件）" : "（未归档：超过大小上限）")
                    .execute();
            arrival(tx, r, runId, false);
            // Bulk-appended: a statement already ran in this transaction, so the appender joins it.
            Set<String> seen = new HashSet<>();
            List<CellValueRecord> cells = new ArrayList<>();
            for (ReadCell c : rawCells) {
                if (seen.add(c.where().sheet() + "!" + c.where().cell())) {
                    cells.add(new CellValueRecord(r.sha256(), c.where().sheet(), c.where().cell(), c.element(), c.hospital(), c.rawText()));
                }
            }
            BulkAppender.append(tx, CELL_VALUE, cells);
            for (LoadedSubmission s : outcome.submissions()) {
                if (s.storable() && submission(tx, r, runId, s)) {
                    inForce.add(s);
                }
            }
            MilestoneStore.append(tx, outcome.submissions(), milestones);
            insertFindings(tx, r, outcome.allFindings(), 0);
        });
        return inForce;
    }

    /** Inserts one submission, superseding the one in force unless it is newer; returns whether it is now in force. */
    private static boolean submission(DSLContext tx, Received r, String runId, LoadedSubmission s) {
        String supersedes = null;
        String supersededBy = null;
        if (s.status() != Status.REJECTED && !s.afterLock()) {
            SubmissionRecord current = tx.selectFrom(SUBMISSION)
                    .where(SUBMISSION.REPORTER_TYPE.eq(s.type().dbValue()))
                    .and(SUBMISSION.REPORTER_CODE.eq(s.reporterCode()))
                    .and(SUBMISSION.PERIOD_CODE.eq(s.periodCode()))
                    .and(SUBMISSION.STATUS.ne(Status.REJECTED.dbValue()))
                    .and(SUBMISSION.SUPERSEDED_BY.isNull())
                    .and(SUBMISSION.AFTER_LOCK.isFalse())
                    .fetchOne();
            if (current != null && !r.receivedAt().isBefore(current.getReceivedAt())) {
                supersedes = current.getSubmissionId();
                tx.update(SUBMISSION).set(SUBMISSION.SUPERSEDED_BY, s.submissionId())
                        .where(SUBMISSION.SUBMISSION_ID.eq(supersedes)).execute();
            } else if (current != null) {
                supersededBy = current.getSubmissionId(); // an older file arriving late does not replace a newer one
            }
        }
        tx.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, s.submissionId())
                .set(SUBMISSION.REPORTER_TYPE, s.type().dbValue()).set(SUBMISSION.REPORTER_CODE, s.reporterCode())
                .set(SUBMISSION.PERIOD_CODE, s.periodCode()).set(SUBMISSION.ORIGINAL_NAME, r.originalName())
                .set(SUBMISSION.RECEIVED_AT, r.receivedAt()).set(SUBMISSION.STATUS, s.status().dbValue())
                .set(SUBMISSION.LATE, s.late()).set(SUBMISSION.TEMPLATE_VERSION, s.templateVersion())
                .set(SUBMISSION.SUPERSEDES, supersedes).set(SUBMISSION.SUPERSEDED_BY, supersededBy)
                .set(SUBMISSION.AFTER_LOCK, s.afterLock()).set(SUBMISSION.RUN_ID, runId).execute();
        BulkAppender.append(tx, SUBMISSION_VALUE, s.values().stream().map(v -> new SubmissionValueRecord(
                s.submissionId(), v.element(), v.value().doubleValue(), v.where().sheet(), v.where().cell())).toList());
        return s.status() != Status.REJECTED && !s.afterLock() && supersededBy == null;
    }

    private static void insertFindings(DSLContext tx, Received r, List<Finding> findings, int firstSeq) {
        if (findings.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(FINDING, FINDING.SHA256, FINDING.SEQ, FINDING.ORIGINAL_NAME, FINDING.SHEET,
                FINDING.CELL, FINDING.RULE, FINDING.SEVERITY, FINDING.MESSAGE, FINDING.VALUE_SEEN);
        int seq = firstSeq;
        for (Finding f : findings) {
            insert = insert.values(r.sha256(), seq++, r.originalName(), f.sheet(), f.cell(), f.rule(),
                    f.severity().dbValue(), f.hospital() == null ? f.message() : "【" + f.hospital() + "】" + f.message(),
                    f.valueSeen());
        }
        insert.execute();
    }

    private static void arrival(DSLContext tx, Received r, String runId, boolean duplicate) {
        long next = tx.select(DSL.coalesce(DSL.max(FILE_ARRIVAL.ARRIVAL_ID), 0L)).from(FILE_ARRIVAL).fetchOne().value1() + 1;
        tx.insertInto(FILE_ARRIVAL).set(FILE_ARRIVAL.ARRIVAL_ID, next).set(FILE_ARRIVAL.SHA256, r.sha256())
                .set(FILE_ARRIVAL.ORIGINAL_NAME, r.originalName()).set(FILE_ARRIVAL.SEEN_AT, LocalDateTime.now())
                .set(FILE_ARRIVAL.RUN_ID, runId).set(FILE_ARRIVAL.DUPLICATE, duplicate).execute();
    }
}
