package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;
import io.hqd.ingest.read.MilestoneSheetReader;
import io.hqd.ingest.read.ReadCell;

/**
 * Writes one file's arrival, raw cells, submissions, values and findings in ONE warehouse
 * transaction: a failure anywhere leaves nothing of the file, and the next run loads it once.
 * {@link #batch} stores several files in one transaction (one commit, one wait for the disk): a failure
 * leaves nothing of any of them. Raw cells and values go straight into DuckDB's appender and the per-file
 * statements are prepared once per transaction ({@link StoreTransaction}).
 */
public final class SubmissionStore {
    private final DSLContext dsl;
    /** Inside {@link #batch}: the caller's transaction, which every write joins; null outside one. */
    private final StoreTransaction joined;

    public SubmissionStore(DSLContext dsl) {
        this.dsl = dsl;
        this.joined = null;
    }

    private SubmissionStore(StoreTransaction joined) {
        this.dsl = joined.dsl();
        this.joined = joined;
    }

    /**
     * Runs {@code work} with a store whose every write joins ONE transaction, committed when {@code work}
     * returns and rolled back entirely if it throws (DuckDB has no savepoints, so a file cannot be undone
     * alone inside it).
     */
    public void batch(Consumer<SubmissionStore> work) {
        batch(List.of(), work);
    }

    /** As above, for files with these hashes: which of them are on record is read once, not once per file. */
    public void batch(Collection<String> hashes, Consumer<SubmissionStore> work) {
        dsl.transaction(cfg -> {
            try (StoreTransaction t = StoreTransaction.begin(cfg.dsl(), hashes)) {
                work.accept(new SubmissionStore(t));
            }
        });
    }

    private void inTransaction(Consumer<StoreTransaction> work) {
        if (joined != null) {
            work.accept(joined);
        } else {
            dsl.transaction(cfg -> {
                try (StoreTransaction t = StoreTransaction.begin(cfg.dsl(), List.of())) {
                    work.accept(t);
                }
            });
        }
    }

    /** Whether these bytes were received before (the file is then recognised, not ingested again). */
    public boolean known(String sha256) {
        return joined != null ? joined.known(sha256) : dsl.fetchExists(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(sha256));
    }

    /** Every hash received before this run: such files are recognised without being parsed again. */
    public Set<String> knownHashes() {
        return new HashSet<>(dsl.select(RECEIVED_FILE.SHA256).from(RECEIVED_FILE).fetch(RECEIVED_FILE.SHA256));
    }

    public void recordDuplicate(Received r, String runId) {
        inTransaction(t -> arrival(t, r, runId, true));
    }

    /**
     * A file whose bytes are on record (an empty file, like every earlier one) seen again and refused again: its arrival
     * is not a repeat, and its findings, naming this file, follow the earlier ones under the same hash.
     */
    public void recordRefusedAgain(Received r, String runId, List<Finding> findings) {
        inTransaction(t -> {
            DSLContext tx = t.dsl();
            arrival(t, r, runId, false);
            t.insertFindings(); // the earlier findings under this hash may be this transaction's
            int next = tx.select(DSL.coalesce(DSL.max(FINDING.SEQ), -1)).from(FINDING).where(FINDING.SHA256.eq(r.sha256()))
                    .fetchOne().value1() + 1;
            insertFindings(t, r, findings, next);
        });
    }

    /** Stores the file and its submissions in one transaction; returns the submissions now in force. */
    public List<LoadedSubmission> store(Received r, String runId, List<ReadCell> rawCells, FileOutcome outcome) {
        return store(r, runId, rawCells, outcome, List.of());
    }

    /** As above, with the states read from the file's 规划任务 sheet. */
    public List<LoadedSubmission> store(Received r, String runId, List<ReadCell> rawCells, FileOutcome outcome,
                                        List<MilestoneSheetReader.Entry> milestones) {
        List<LoadedSubmission> inForce = new ArrayList<>();
        inTransaction(t -> {
            inForce.clear();
            try {
                PreparedStatement insert = t.statement("received_file", () -> t.dsl().insertInto(RECEIVED_FILE,
                        RECEIVED_FILE.SHA256, RECEIVED_FILE.ORIGINAL_NAME, RECEIVED_FILE.SIZE_BYTES, RECEIVED_FILE.RECEIVED_AT,
                        RECEIVED_FILE.SOURCE_FOLDER, RECEIVED_FILE.ARCHIVE_PATH).values(null, null, 0L, null, null, null));
                insert.setString(1, r.sha256());
                insert.setString(2, r.originalName());
                insert.setLong(3, r.size());
                insert.setObject(4, r.receivedAt());
                insert.setString(5, r.sourceFolder());
                insert.setString(6, r.archived() != null ? r.archived().toString()
                        : r.size() == 0 ? "（未归档：空文件）" : "（未归档：超过大小上限）");
                insert.executeUpdate();
                t.received(r.sha256());
                arrival(t, r, runId, false);
                // Appended: a statement already ran in this transaction, so the appender joins it.
                Set<CellRef> seen = new HashSet<>();
                for (ReadCell c : rawCells) {
                    if (seen.add(c.where())) {
                        t.cell(r.sha256(), c.where().sheet(), c.where().cell(), c.element(), c.hospital(), c.rawText());
                    }
                }
                for (LoadedSubmission s : outcome.submissions()) {
                    if (s.storable() && submission(t, r, runId, s)) {
                        inForce.add(s);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            MilestoneStore.append(t, outcome.submissions(), milestones);
            insertFindings(t, r, outcome.allFindings(), 0);
        });
        return inForce;
    }

    /** Inserts one submission, superseding the one in force unless it is newer; returns whether it is now in force. */
    private static boolean submission(StoreTransaction t, Received r, String runId, LoadedSubmission s) throws SQLException {
        String supersedes = null;
        String supersededBy = null;
        if (s.status() != Status.REJECTED && !s.afterLock()) {
            PreparedStatement inForce = t.statement("submission_in_force", () -> t.dsl()
                    .select(SUBMISSION.SUBMISSION_ID, SUBMISSION.RECEIVED_AT).from(SUBMISSION)
                    .where(SUBMISSION.REPORTER_TYPE.eq((String) null))
                    .and(SUBMISSION.REPORTER_CODE.eq((String) null))
                    .and(SUBMISSION.PERIOD_CODE.eq((String) null))
                    .and(SUBMISSION.STATUS.ne(DSL.inline(Status.REJECTED.dbValue())))
                    .and(SUBMISSION.SUPERSEDED_BY.isNull())
                    .and(SUBMISSION.AFTER_LOCK.isFalse()));
            inForce.setString(1, s.type().dbValue());
            inForce.setString(2, s.reporterCode());
            inForce.setString(3, s.periodCode());
            String currentId = null;
            LocalDateTime currentReceived = null;
            try (ResultSet rs = inForce.executeQuery()) {
                if (rs.next()) {
                    currentId = rs.getString(1);
                    currentReceived = rs.getObject(2, LocalDateTime.class);
                    if (rs.next()) {
                        throw new IllegalStateException("同一报送单位同一期有多份有效报送：" + s.reporterCode() + " " + s.periodCode());
                    }
                }
            }
            if (currentId != null && !r.receivedAt().isBefore(currentReceived)) {
                supersedes = currentId;
                PreparedStatement update = t.statement("supersede", () -> t.dsl().update(SUBMISSION)
                        .set(SUBMISSION.SUPERSEDED_BY, (String) null).where(SUBMISSION.SUBMISSION_ID.eq((String) null)));
                update.setString(1, s.submissionId());
                update.setString(2, supersedes);
                update.executeUpdate();
            } else if (currentId != null) {
                supersededBy = currentId; // an older file arriving late does not replace a newer one
            }
        }
        PreparedStatement insert = t.statement("submission", () -> t.dsl().insertInto(SUBMISSION,
                SUBMISSION.SUBMISSION_ID, SUBMISSION.REPORTER_TYPE, SUBMISSION.REPORTER_CODE, SUBMISSION.PERIOD_CODE,
                SUBMISSION.ORIGINAL_NAME, SUBMISSION.RECEIVED_AT, SUBMISSION.STATUS, SUBMISSION.LATE,
                SUBMISSION.TEMPLATE_VERSION, SUBMISSION.SUPERSEDES, SUBMISSION.SUPERSEDED_BY, SUBMISSION.AFTER_LOCK,
                SUBMISSION.RUN_ID).values(null, null, null, null, null, null, null, false, null, null, null, false, null));
        insert.setString(1, s.submissionId());
        insert.setString(2, s.type().dbValue());
        insert.setString(3, s.reporterCode());
        insert.setString(4, s.periodCode());
        insert.setString(5, r.originalName());
        insert.setObject(6, r.receivedAt());
        insert.setString(7, s.status().dbValue());
        insert.setBoolean(8, s.late());
        insert.setString(9, s.templateVersion());
        insert.setString(10, supersedes);
        insert.setString(11, supersededBy);
        insert.setBoolean(12, s.afterLock());
        insert.setString(13, runId);
        insert.executeUpdate();
        for (var v : s.values()) {
            t.value(s.submissionId(), v.element(), v.value().doubleValue(), v.where().sheet(), v.where().cell());
        }
        return s.status() != Status.REJECTED && !s.afterLock() && supersededBy == null;
    }

    private static final int F_SHA256 = StagedRows.column(FINDING, FINDING.SHA256);
    private static final int F_SEQ = StagedRows.column(FINDING, FINDING.SEQ);
    private static final int F_ORIGINAL_NAME = StagedRows.column(FINDING, FINDING.ORIGINAL_NAME);
    private static final int F_SHEET = StagedRows.column(FINDING, FINDING.SHEET);
    private static final int F_CELL = StagedRows.column(FINDING, FINDING.CELL);
    private static final int F_RULE = StagedRows.column(FINDING, FINDING.RULE);
    private static final int F_SEVERITY = StagedRows.column(FINDING, FINDING.SEVERITY);
    private static final int F_MESSAGE = StagedRows.column(FINDING, FINDING.MESSAGE);
    private static final int F_VALUE_SEEN = StagedRows.column(FINDING, FINDING.VALUE_SEEN);

    /** The file's findings, numbered from {@code firstSeq}; inserted with the transaction's others when it ends. */
    private static void insertFindings(StoreTransaction t, Received r, List<Finding> findings, int firstSeq) {
        int seq = firstSeq;
        for (Finding f : findings) {
            Object[] row = t.finding();
            row[F_SHA256] = r.sha256();
            row[F_SEQ] = seq++;
            row[F_ORIGINAL_NAME] = r.originalName();
            row[F_SHEET] = f.sheet();
            row[F_CELL] = f.cell();
            row[F_RULE] = f.rule();
            row[F_SEVERITY] = f.severity().dbValue();
            row[F_MESSAGE] = f.hospital() == null ? f.message() : "【" + f.hospital() + "】" + f.message();
            row[F_VALUE_SEEN] = f.valueSeen();
        }
    }

    private static void arrival(StoreTransaction t, Received r, String runId, boolean duplicate) {
        try {
            PreparedStatement insert = t.statement("file_arrival", () -> t.dsl().insertInto(FILE_ARRIVAL,
                    FILE_ARRIVAL.ARRIVAL_ID, FILE_ARRIVAL.SHA256, FILE_ARRIVAL.ORIGINAL_NAME, FILE_ARRIVAL.SEEN_AT,
                    FILE_ARRIVAL.RUN_ID, FILE_ARRIVAL.DUPLICATE).values(0L, null, null, null, null, false));
            insert.setLong(1, t.nextArrival());
            insert.setString(2, r.sha256());
            insert.setString(3, r.originalName());
            insert.setObject(4, LocalDateTime.now());
            insert.setString(5, runId);
            insert.setBoolean(6, duplicate);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
