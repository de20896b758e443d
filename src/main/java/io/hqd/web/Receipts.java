package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.SUBMISSION_RETURN;
import static io.hqd.warehouse.schema.ops.Tables.LATE_CORRECTION;
import static io.hqd.warehouse.schema.ops.Tables.UPLOAD;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import io.hqd.home.HqdHome;
import io.hqd.warehouse.schema.staged.tables.records.SubmissionRecord;

/** What the portal shows of a file: its state, every finding, its Excel receipt; and who may see it. */
@Component
public class Receipts {
    public record FindingRow(String sheet, String cell, String valueSeen, String severity, String message, String rule) {
        public boolean error() { return "error".equals(severity); }
    }

    public record View(String sha256, String originalName, LocalDateTime receivedAt, String period, String reporter,
                       SubmissionState state, String returnComment, List<FindingRow> findings) {
        public long errors() { return findings.stream().filter(FindingRow::error).count(); }
        public long warnings() { return findings.size() - errors(); }
    }

    /** One line of a hospital's submission history. */
    public record HistoryRow(String sha256, String originalName, LocalDateTime receivedAt, String period,
                             SubmissionState state, String returnComment) {
    }

    private final WebDatabase db;
    private final HqdHome home;

    public Receipts(WebDatabase db, HqdHome home) {
        this.db = db;
        this.home = home;
    }

    /** A hospital sees a receipt only for a file it uploaded or a submission that names it. */
    public boolean visibleTo(String sha256, String hospital) {
        return db.dsl().fetchExists(UPLOAD, UPLOAD.SHA256.eq(sha256), UPLOAD.ORG_CODE.eq(hospital))
                || db.dsl().fetchExists(SUBMISSION, SUBMISSION.SUBMISSION_ID.eq(sha256), SUBMISSION.REPORTER_CODE.eq(hospital));
    }

    public Optional<View> view(String sha256) {
        var file = db.dsl().selectFrom(RECEIVED_FILE).where(RECEIVED_FILE.SHA256.eq(sha256)).fetchOne();
        if (file == null) {
            return Optional.empty();
        }
        SubmissionRecord s = db.dsl().selectFrom(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.eq(sha256)).fetchOne();
        String comment = db.dsl().select(SUBMISSION_RETURN.COMMENT).from(SUBMISSION_RETURN)
                .where(SUBMISSION_RETURN.SUBMISSION_ID.eq(sha256)).fetchOne(SUBMISSION_RETURN.COMMENT);
        List<FindingRow> findings = db.dsl().selectFrom(FINDING).where(FINDING.SHA256.eq(sha256)).orderBy(FINDING.SEQ)
                .fetch(f -> new FindingRow(f.getSheet(), f.getCell(), f.getValueSeen(), f.getSeverity(), f.getMessage(), f.getRule()));
        // The name the hospital chose on upload, else the name it arrived under in the inbox.
        String uploaded = db.dsl().select(UPLOAD.ORIGINAL_NAME).from(UPLOAD).where(UPLOAD.SHA256.eq(sha256)).limit(1)
                .fetchOne(UPLOAD.ORIGINAL_NAME);
        String name = uploaded != null ? uploaded : Path.of(file.getOriginalName()).getFileName().toString();
        SubmissionState state = SubmissionState.of(s, comment != null);
        var late = lateDecision(sha256);
        if (state == SubmissionState.AFTER_LOCK && late != null) {
            state = state.decided(late.value1());
            comment = late.value2();
        }
        return Optional.of(new View(sha256, name, file.getReceivedAt(), s == null ? null : s.getPeriodCode(),
                s == null ? null : s.getReporterCode(), state, comment, findings));
    }

    /** Every file of a hospital: its submissions from any channel, and its uploads refused as a whole. */
    public List<HistoryRow> history(String hospital) {
        var returned = DSL.field(DSL.select(SUBMISSION_RETURN.COMMENT).from(SUBMISSION_RETURN)
                .where(SUBMISSION_RETURN.SUBMISSION_ID.eq(SUBMISSION.SUBMISSION_ID)));
        List<HistoryRow> rows = new java.util.ArrayList<>(db.dsl().select(SUBMISSION.fields()).select(returned).from(SUBMISSION)
                .where(SUBMISSION.REPORTER_CODE.eq(hospital))
                .fetch(r -> {
                    SubmissionRecord s = r.into(SUBMISSION);
                    String comment = r.get(returned);
                    SubmissionState state = SubmissionState.of(s, comment != null);
                    var late = state == SubmissionState.AFTER_LOCK ? lateDecision(s.getSubmissionId()) : null;
                    if (late != null) {
                        state = state.decided(late.value1());
                        comment = late.value2();
                    }
                    return new HistoryRow(s.getSubmissionId(), Path.of(s.getOriginalName()).getFileName().toString(),
                            s.getReceivedAt(), s.getPeriodCode(), state, comment);
                }));
        db.dsl().selectFrom(UPLOAD).where(UPLOAD.ORG_CODE.eq(hospital))
                .andNotExists(DSL.selectOne().from(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.eq(UPLOAD.SHA256)))
                .forEach(u -> rows.add(new HistoryRow(u.getSha256(), u.getOriginalName(), u.getUploadedAt(), null,
                        SubmissionState.REJECTED, null)));
        rows.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
        return rows;
    }

    /** The city statistician's decision on an after-lock correction and its reason, or null while it waits. */
    private org.jooq.Record2<String, String> lateDecision(String submissionId) {
        return db.dsl().select(LATE_CORRECTION.DECISION, LATE_CORRECTION.REASON).from(LATE_CORRECTION)
                .where(LATE_CORRECTION.SUBMISSION_ID.eq(submissionId)).fetchOne();
    }

    /** The highlighted Excel receipt of a file (.xlsx or .xls), named by its hash in the receipts folder. */
    public Optional<Path> excelReceipt(String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}") || !Files.isDirectory(home.receipts())) {
            return Optional.empty();
        }
        String tail = "_" + sha256.substring(0, 12);
        try (Stream<Path> files = Files.walk(home.receipts())) { // filed in period/reporter folders
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(tail + ".xlsx") || n.endsWith(tail + ".xls");
            }).findFirst();
        }
    }
}
