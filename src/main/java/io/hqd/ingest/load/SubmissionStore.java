package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.sql.PreparedStatement;
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
 * leaves nothing of any of them. A file's rows are appended or gathered and go in when its transaction ends, and
 * which submission is in force is kept in memory ({@link StoreTransaction}, {@link SubmissionsInForce}): a file
 * costs no statement of its own unless it replaces a submission stored by an earlier transaction.
 */
public final class SubmissionStore {
    private final DSLContext dsl;
    /** Inside {@link #batch}: the caller's transaction, which every write joins; null outside one. */
    private final StoreTransaction joined;
    private final SubmissionsInForce inForce;

    public SubmissionStore(DSLContext dsl) {
        this.dsl = dsl;
        this.joined = null;
        this.inForce = new SubmissionsInForce();
    }

    private SubmissionStore(StoreTransaction joined, SubmissionsInForce inForce) {
        this.dsl = joined.dsl();
        this.joined = joined;
        this.inForce = inForce;
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
        transaction(hashes, t -> work.accept(new SubmissionStore(t, inForce)));
    }

    private void inTransaction(Consumer<StoreTransaction> work) {
        if (joined != null) {
            work.accept(joined);
        } else {
            transaction(List.of(), work);
        }
    }

    /** One warehouse transaction; its changes to the submissions in force become the run's once it has committed. */
    private void transaction(Collection<String> hashes, Consumer<StoreTransaction> work) {
        SubmissionsInForce.Pending pending = inForce.begin(dsl);
        dsl.transaction(cfg -> {
            try (StoreTransaction t = StoreTransaction.begin(cfg.dsl(), hashes, pending)) {
                work.accept(t);
            }
        });
        pending.commit();
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
        List<LoadedSubmission> nowInForce = new ArrayList<>();
        inTransaction(t -> {
            nowInForce.clear();
            try {
                t.receivedFile(r.sha256(), r.originalName(), r.size(), r.receivedAt(), r.sourceFolder(),
                        r.archived() != null ? r.archived().toString()
                                : r.size() == 0 ? "（未归档：空文件）" : "（未归档：超过大小上限）");
                arrival(t, r, runId, false);
                // Appended: a statement already ran in this transaction, so the appender joins it. Each cell once:
                // raw.cell_value has no key index to refuse a second (migration V93).
                Set<CellRef> seen = new HashSet<>();
                for (ReadCell c : rawCells) {
                    if (seen.add(c.where())) {
                        t.cell(r.sha256(), c.where().sheet(), c.where().cell(), c.element(), c.hospital(), c.rawText());
                    }
                }
                for (LoadedSubmission s : outcome.submissions()) {
                    if (s.storable() && submission(t, r, runId, s)) {
                        nowInForce.add(s);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            MilestoneStore.append(t, outcome.submissions(), milestones);
            insertFindings(t, r, outcome.allFindings(), 0);
        });
        return nowInForce;
    }

    private static final int S_SUBMISSION_ID = StagedRows.column(SUBMISSION, SUBMISSION.SUBMISSION_ID);
    private static final int S_REPORTER_TYPE = StagedRows.column(SUBMISSION, SUBMISSION.REPORTER_TYPE);
    private static final int S_REPORTER_CODE = StagedRows.column(SUBMISSION, SUBMISSION.REPORTER_CODE);
    private static final int S_PERIOD_CODE = StagedRows.column(SUBMISSION, SUBMISSION.PERIOD_CODE);
    private static final int S_ORIGINAL_NAME = StagedRows.column(SUBMISSION, SUBMISSION.ORIGINAL_NAME);
    private static final int S_RECEIVED_AT = StagedRows.column(SUBMISSION, SUBMISSION.RECEIVED_AT);
    private static final int S_STATUS = StagedRows.column(SUBMISSION, SUBMISSION.STATUS);
    private static final int S_LATE = StagedRows.column(SUBMISSION, SUBMISSION.LATE);
    private static final int S_TEMPLATE_VERSION = StagedRows.column(SUBMISSION, SUBMISSION.TEMPLATE_VERSION);
    private static final int S_SUPERSEDES = StagedRows.column(SUBMISSION, SUBMISSION.SUPERSEDES);
    private static final int S_SUPERSEDED_BY = StagedRows.column(SUBMISSION, SUBMISSION.SUPERSEDED_BY);
    private static final int S_AFTER_LOCK = StagedRows.column(SUBMISSION, SUBMISSION.AFTER_LOCK);
    private static final int S_RUN_ID = StagedRows.column(SUBMISSION, SUBMISSION.RUN_ID);

    /** Stores one submission, superseding the one in force unless it is newer; returns whether it is now in force. */
    private static boolean submission(StoreTransaction t, Received r, String runId, LoadedSubmission s) throws SQLException {
        String supersedes = null;
        String supersededBy = null;
        boolean entitled = s.status() != Status.REJECTED && !s.afterLock();
        SubmissionsInForce.Key key = new SubmissionsInForce.Key(s.type().dbValue(), s.reporterCode(), s.periodCode());
        if (entitled) {
            SubmissionsInForce.Current current = t.inForce().get(key);
            if (current != null && !r.receivedAt().isBefore(current.receivedAt())) {
                supersedes = current.submissionId();
                supersede(t, supersedes, s.submissionId());
            } else if (current != null) {
                supersededBy = current.submissionId(); // an older file arriving late does not replace a newer one
            }
            if (supersededBy == null) {
                t.inForce().put(key, new SubmissionsInForce.Current(s.submissionId(), r.receivedAt()));
            }
        }
        Object[] row = t.submission(s.submissionId());
        row[S_SUBMISSION_ID] = s.submissionId();
        row[S_REPORTER_TYPE] = s.type().dbValue();
        row[S_REPORTER_CODE] = s.reporterCode();
        row[S_PERIOD_CODE] = s.periodCode();
        row[S_ORIGINAL_NAME] = r.originalName();
        row[S_RECEIVED_AT] = r.receivedAt();
        row[S_STATUS] = s.status().dbValue();
        row[S_LATE] = s.late();
        row[S_TEMPLATE_VERSION] = s.templateVersion();
        row[S_SUPERSEDES] = supersedes;
        row[S_SUPERSEDED_BY] = supersededBy;
        row[S_AFTER_LOCK] = s.afterLock();
        row[S_RUN_ID] = runId;
        // One value per element: staged.submission_value has no key index to refuse a second (migration V93).
        Set<String> elements = new HashSet<>();
        for (var v : s.values()) {
            if (!elements.add(v.element())) {
                throw new IllegalStateException("同一份报送中指标 " + v.element() + " 有两个数值（第二个在 "
                        + v.where().sheet() + "!" + v.where().cell() + "），未入库");
            }
            t.value(s.submissionId(), v.element(), v.value().doubleValue(), v.where().sheet(), v.where().cell());
        }
        return entitled && supersededBy == null;
    }

    /** Marks {@code old} as replaced by {@code by}: in its gathered row if this transaction stored it, else in the warehouse. */
    private static void supersede(StoreTransaction t, String old, String by) throws SQLException {
        Object[] gathered = t.gatheredSubmission(old);
        if (gathered != null) {
            gathered[S_SUPERSEDED_BY] = by;
            return;
        }
        PreparedStatement update = t.statement("supersede", () -> t.dsl().update(SUBMISSION)
                .set(SUBMISSION.SUPERSEDED_BY, (String) null).where(SUBMISSION.SUBMISSION_ID.eq((String) null)));
        update.setString(1, by);
        update.setString(2, old);
        update.executeUpdate();
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
        t.arrival(r.sha256(), r.originalName(), LocalDateTime.now(), runId, duplicate);
    }
}
