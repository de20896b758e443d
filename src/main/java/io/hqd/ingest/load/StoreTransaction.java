package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.MILESTONE_REPORT;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What one warehouse transaction of the {@link SubmissionStore} keeps open, so that storing a file costs no
 * per-cell objects and no statement of its own: DuckDB appenders for received files, arrivals, raw cells and values
 * (a row goes straight in, no jOOQ record per row), submissions, findings and milestone reports gathered and
 * inserted once ({@link StagedRows}), the next arrival id (read once), which of the transaction's files are on
 * record (read once) and which submissions are in force ({@link SubmissionsInForce}, read once per run). A
 * statement per file, each planned and run by DuckDB, cost the writer more than storing the file's rows.
 * {@link #close} flushes the appenders and inserts the gathered rows, so it must run before the transaction
 * commits: a failure there rolls the whole transaction back.
 */
final class StoreTransaction implements AutoCloseable {
    private final DSLContext tx;
    private final Connection connection;
    /** Hashes asked about in one look-up when the transaction began; other hashes are looked up one by one. */
    private final Set<String> asked;
    /** Those of {@link #asked} on record: received before, or stored in this transaction. */
    private final Set<String> onRecord;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** staged.finding and staged.milestone_report have CHECKs, which DuckDB's appender misjudges beyond 2,048 rows. */
    private final StagedRows findings = new StagedRows(FINDING, false);
    private final StagedRows milestones = new StagedRows(MILESTONE_REPORT, true);
    /** staged.submission has CHECKs too. */
    private final StagedRows submissions = new StagedRows(SUBMISSION, false);
    /** The gathered submission rows by id, so that one superseded within the transaction is changed before it goes in. */
    private final Map<String, Object[]> submissionRows = new HashMap<>();
    private final SubmissionsInForce.Pending inForce;
    private DuckDBAppender receivedFiles;
    private DuckDBAppender arrivals;
    private DuckDBAppender cells;
    private DuckDBAppender values;
    private long nextArrival;

    private StoreTransaction(DSLContext tx, Set<String> asked, Set<String> onRecord, SubmissionsInForce.Pending inForce) {
        this.tx = tx;
        this.connection = tx.connectionResult(c -> c);
        this.asked = asked;
        this.onRecord = onRecord;
        this.inForce = inForce;
        // Read now: also the transaction's first statement, after which the appenders join it (an appender opened
        // before any statement would survive a rollback).
        this.nextArrival = tx.select(DSL.coalesce(DSL.max(FILE_ARRIVAL.ARRIVAL_ID), 0L)).from(FILE_ARRIVAL).fetchOne().value1() + 1;
    }

    /**
     * For a transaction storing the files with these hashes (which of them are on record is read now), its
     * changes to the submissions in force gathered in {@code inForce}.
     */
    static StoreTransaction begin(DSLContext tx, Collection<String> hashes, SubmissionsInForce.Pending inForce) {
        Set<String> asked = new HashSet<>(hashes);
        Set<String> onRecord = asked.isEmpty() ? new HashSet<>()
                : new HashSet<>(tx.select(RECEIVED_FILE.SHA256).from(RECEIVED_FILE).where(RECEIVED_FILE.SHA256.in(asked))
                .fetch(RECEIVED_FILE.SHA256));
        return new StoreTransaction(tx, asked, onRecord, inForce);
    }

    /** The submissions in force as this transaction has them. */
    SubmissionsInForce.Pending inForce() {
        return inForce;
    }

    DSLContext dsl() {
        return tx;
    }

    /** Whether these bytes are on record, received before or earlier in this transaction. */
    boolean known(String sha256) {
        if (onRecord.contains(sha256)) {
            return true;
        }
        return !asked.contains(sha256) && tx.fetchExists(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(sha256));
    }

    /** Appends a received file (columns in raw.received_file's order); it is on record for the rest of the transaction. */
    void receivedFile(String sha256, String originalName, long size, LocalDateTime receivedAt, String sourceFolder,
                      String archivePath) {
        try {
            if (receivedFiles == null) {
                receivedFiles = appender(RECEIVED_FILE, 6);
            }
            receivedFiles.beginRow().append(sha256).append(originalName).append(size).append(receivedAt);
            text(receivedFiles, sourceFolder);
            receivedFiles.append(archivePath).endRow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        onRecord.add(sha256);
    }

    /** Appends an arrival (columns in raw.file_arrival's order), numbered on from the largest on record. */
    void arrival(String sha256, String originalName, LocalDateTime seenAt, String runId, boolean duplicate) {
        try {
            if (arrivals == null) {
                arrivals = appender(FILE_ARRIVAL, 6);
            }
            arrivals.beginRow().append(nextArrival++).append(sha256).append(originalName).append(seenAt);
            text(arrivals, runId);
            arrivals.append(duplicate).endRow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A submission row to fill (columns in staged.submission's order), inserted when the transaction ends. */
    Object[] submission(String submissionId) {
        Object[] row = submissions.add();
        submissionRows.put(submissionId, row);
        return row;
    }

    /**
     * The gathered row of a submission of this transaction, to be changed before it goes in; null for one already
     * in the warehouse.
     */
    Object[] gatheredSubmission(String submissionId) {
        return submissionRows.get(submissionId);
    }

    /**
     * The statement for {@code query} (built with placeholder values), prepared on its first use in this
     * transaction; bind in the order of the query's values.
     */
    PreparedStatement statement(String name, java.util.function.Supplier<Query> query) {
        return prepared.computeIfAbsent(name, n -> {
            try {
                return connection.prepareStatement(tx.render(query.get()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A finding row to fill (columns in staged.finding's order), inserted when the transaction ends. */
    Object[] finding() {
        return findings.add();
    }

    /** A milestone report row to fill (columns in staged.milestone_report's order), inserted when the transaction ends. */
    Object[] milestone() {
        return milestones.add();
    }

    /** Inserts the findings gathered so far now, so that a query of the transaction sees them. */
    void insertFindings() {
        findings.insert(tx);
    }

    /** Appends one raw cell (columns in raw.cell_value's order). */
    void cell(String sha256, String sheet, String cell, String element, String hospital, String rawText) {
        try {
            if (cells == null) {
                cells = appender(CELL_VALUE, 6);
            }
            cells.beginRow().append(sha256).append(sheet).append(cell).append(element);
            text(cells, hospital);
            text(cells, rawText);
            cells.endRow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends one validated value (columns in staged.submission_value's order). */
    void value(String submissionId, String element, double value, String sheet, String cell) {
        try {
            if (values == null) {
                values = appender(SUBMISSION_VALUE, 5);
            }
            values.beginRow().append(submissionId).append(element).append(value).append(sheet).append(cell).endRow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    /**
     * Opened on first use, after a statement of the transaction ran (the arrival id's read in the constructor), so
     * its rows join the transaction (an appender opened before any statement would survive a rollback).
     */
    private DuckDBAppender appender(Table<?> table, int columns) throws SQLException {
        if (table.fields().length != columns) {
            throw new IllegalStateException(table + " 的列数已变（" + table.fields().length + "），追加的列需同步修改");
        }
        return connection.unwrap(DuckDBConnection.class).createAppender(table.getSchema().getName(), table.getName());
    }

    /**
     * Inserts the gathered rows, flushes the appended ones (errors surface here, before the commit) and closes
     * everything, even after a failure.
     */
    @Override
    public void close() {
        Exception failed = null;
        try {
            submissions.insert(tx);
            findings.insert(tx);
            milestones.insert(tx);
        } catch (RuntimeException e) {
            failed = e;
        }
        for (DuckDBAppender a : new DuckDBAppender[] {receivedFiles, arrivals, cells, values}) {
            if (a == null) {
                continue;
            }
            try (a) {
                // Flush explicitly: errors raised by close() alone are not reported by the driver.
                a.flush();
            } catch (SQLException e) {
                failed = failed == null ? e : failed;
            }
        }
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw new IllegalStateException("追加入库失败：" + failed.getMessage(), failed);
        }
    }
}
