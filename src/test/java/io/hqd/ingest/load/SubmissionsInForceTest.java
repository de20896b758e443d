package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.marts.Tables.SUBMISSION_IN_FORCE;
import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.receipt.ReceiptWriter;
import io.hqd.warehouse.schema.staged.tables.records.SubmissionRecord;

/**
 * Which submission is in force is kept in memory while files are stored ({@link SubmissionsInForce}), so what the
 * warehouse ends up holding must be what a look-up per file gave: within one transaction, across runs, after a
 * rolled-back batch, for a late-arriving older file, and for a broken warehouse. A real DuckDB file throughout.
 */
class SubmissionsInForceTest {
    static final String H = "H51040001";
    @TempDir Path root;
    FixtureWarehouse fixture;
    DSLContext dsl;

    @BeforeEach
    void open() {
        fixture = new FixtureWarehouse(root);
        dsl = fixture.dsl;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path file(String folder, String name, String period, int discharges, String modified) throws Exception {
        Map<String, Object> values = new HashMap<>(Fixtures.core());
        values.put("discharges", discharges);
        return file(folder, name, period, values, modified);
    }

    private Path file(String folder, String name, String period, Map<String, Object> values, String modified) throws Exception {
        Path f = Fixtures.template(Files.createDirectories(root.resolve(folder)).resolve(name), H, period, values);
        Files.setLastModifiedTime(f, FileTime.from(LocalDateTime.parse(modified).atZone(ZoneId.systemDefault()).toInstant()));
        return f;
    }

    private InboxIngest.Summary ingest(Path inbox, String run) throws Exception {
        return new InboxIngest(dsl, Fixtures.CATALOG, fixture.home, Limits.defaults(), run, false).run(inbox);
    }

    private SubmissionRecord submission(Path file) throws Exception {
        return dsl.selectFrom(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.eq(FileArchive.sha256(file))).fetchOne();
    }

    private List<String> inForce(String period) {
        return dsl.select(SUBMISSION_IN_FORCE.SUBMISSION_ID).from(SUBMISSION_IN_FORCE)
                .where(SUBMISSION_IN_FORCE.REPORTER_CODE.eq(H)).and(SUBMISSION_IN_FORCE.PERIOD_CODE.eq(period))
                .fetch(SUBMISSION_IN_FORCE.SUBMISSION_ID);
    }

    @Test
    void aFileOfALaterRunReplacesTheSubmissionStoredByAnEarlierRun() throws Exception {
        Path first = file("run1", "1.xlsx", "2026Q1", 10000, "2026-04-05T09:00:00");
        ingest(first.getParent(), "R1");
        Path second = file("run2", "2.xlsx", "2026Q1", 11000, "2026-04-06T09:00:00");
        ingest(second.getParent(), "R2");

        assertThat(submission(first).getSupersededBy()).isEqualTo(submission(second).getSubmissionId());
        assertThat(submission(second).getSupersedes()).isEqualTo(submission(first).getSubmissionId());
        assertThat(submission(second).getSupersededBy()).isNull();
        assertThat(inForce("2026Q1")).containsExactly(submission(second).getSubmissionId());
    }

    @Test
    void aFileReceivedAtTheSameMinuteAsTheOneInForceReplacesIt() throws Exception {
        // Received no earlier than the one in force: the later arrival wins, as it did with a look-up per file.
        Path first = file("same1", "1.xlsx", "2026Q1", 10000, "2026-04-05T09:00:00");
        ingest(first.getParent(), "S1");
        Path second = file("same2", "2.xlsx", "2026Q1", 11000, "2026-04-05T09:00:00");
        ingest(second.getParent(), "S2");

        assertThat(submission(first).getSupersededBy()).isEqualTo(submission(second).getSubmissionId());
        assertThat(inForce("2026Q1")).containsExactly(submission(second).getSubmissionId());
    }

    @Test
    void anOlderFileArrivingLaterIsKeptBehindTheNewerOneInOneBatchAndAcrossRuns() throws Exception {
        // In one batch: b.xlsx (newer) stored first, then a-older (modified earlier) in the same transaction.
        Path newer = file("batch", "1-newer.xlsx", "2026Q1", 11000, "2026-04-20T09:00:00");
        Path older = file("batch", "2-older.xlsx", "2026Q1", 10000, "2026-04-05T09:00:00");
        ingest(newer.getParent(), "B1");
        assertThat(submission(older).getSupersededBy()).isEqualTo(submission(newer).getSubmissionId());
        assertThat(submission(older).getSupersedes()).isNull();
        assertThat(submission(newer).getSupersededBy()).isNull();
        assertThat(inForce("2026Q1")).containsExactly(submission(newer).getSubmissionId());

        // In a later run: an even older copy is kept behind the one in force, which stays.
        Path oldest = file("later", "3-oldest.xlsx", "2026Q1", 9000, "2026-04-02T09:00:00");
        ingest(oldest.getParent(), "B2");
        assertThat(submission(oldest).getSupersededBy()).isEqualTo(submission(newer).getSubmissionId());
        assertThat(submission(newer).getSupersededBy()).isNull();
        assertThat(inForce("2026Q1")).containsExactly(submission(newer).getSubmissionId());
    }

    @Test
    void aRolledBackBatchLeavesTheSubmissionsInForceAsTheWarehouseHoldsThem() throws Exception {
        Path earlier = file("earlier", "0.xlsx", "2026Q1", 10000, "2026-04-05T09:00:00");
        ingest(earlier.getParent(), "E1");
        Path correction = file("batch", "1.xlsx", "2026Q1", 11000, "2026-04-06T09:00:00");
        Path blocked = Fixtures.template(root.resolve("batch").resolve("2.xlsx"), "H51040002", "2026Q1", Fixtures.core());
        // A row already holding the blocked file's submission id: the batch's insert fails on the key.
        GroupCommitTest.blockStoreOf(dsl, blocked);
        FileIngestor ingestor = new FileIngestor(new IngestReference(dsl, Fixtures.CATALOG), new SubmissionStore(dsl),
                new FileArchive(fixture.home.archive()), Limits.defaults(), new ReceiptWriter(fixture.home.receipts(), false), "E2");
        List<FileIngestor.Prepared> batch = new ArrayList<>();
        batch.add(ingestor.prepare(correction.getParent(), correction));
        batch.add(ingestor.prepare(blocked.getParent(), blocked));

        assertThatThrownBy(() -> ingestor.completeAll(batch)).isInstanceOf(RuntimeException.class);
        assertThat(submission(earlier).getSupersededBy()).as("the batch's change rolled back").isNull();

        // Stored again on its own: had the rolled-back batch stayed in memory, the correction would find itself in force.
        assertThat(ingestor.complete(batch.get(0)).outcome().status()).isEqualTo(Status.ACCEPTED);
        assertThat(submission(earlier).getSupersededBy()).isEqualTo(submission(correction).getSubmissionId());
        assertThat(submission(correction).getSupersedes()).isEqualTo(submission(earlier).getSubmissionId());
        assertThat(submission(correction).getSupersededBy()).isNull();
        assertThat(inForce("2026Q1")).containsExactly(submission(correction).getSubmissionId());
    }

    @Test
    void aRejectedFileLeavesTheSubmissionInForceAlone() throws Exception {
        Path good = file("good", "1.xlsx", "2026Q1", 10000, "2026-04-05T09:00:00");
        ingest(good.getParent(), "J1");
        // No figure a number: nothing can be stored, so the file is rejected.
        Map<String, Object> broken = new HashMap<>();
        Fixtures.core().keySet().forEach(k -> broken.put(k, "不详"));
        Path bad = file("bad", "2.xlsx", "2026Q1", broken, "2026-04-06T09:00:00");
        ingest(bad.getParent(), "J2");

        assertThat(submission(bad).getStatus()).isEqualTo("rejected");
        assertThat(submission(bad).getSupersedes()).isNull();
        assertThat(submission(good).getSupersededBy()).isNull();
        assertThat(inForce("2026Q1")).containsExactly(submission(good).getSubmissionId());
    }

    @Test
    void aWarehouseWithTwoSubmissionsInForceForOneReporterAndPeriodIsRefusedWhenThatReporterSendsAgain() throws Exception {
        Path first = file("one", "1.xlsx", "2026Q1", 10000, "2026-04-05T09:00:00");
        ingest(first.getParent(), "C1");
        String id = submission(first).getSubmissionId();
        // A second row in force for the same reporter and period, as no run of hqd writes it.
        dsl.execute("INSERT INTO staged.submission SELECT * REPLACE ('x' || submission_id AS submission_id) "
                + "FROM staged.submission WHERE submission_id = ?", id);
        Path next = file("two", "2.xlsx", "2026Q1", 11000, "2026-04-06T09:00:00");
        List<FileOutcome> outcomes = new ArrayList<>();
        new InboxIngest(dsl, Fixtures.CATALOG, fixture.home, Limits.defaults(), "C2", false).run(next.getParent(), outcomes::add);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.REJECTED);
            assertThat(o.fileFindings()).extracting(f -> f.rule()).containsExactly(LoadRule.STORE_FAILED.id);
        });
        assertThat(dsl.fetchCount(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(FileArchive.sha256(next)))).isZero();
        assertThat(dsl.fetchCount(FILE_ARRIVAL, FILE_ARRIVAL.RUN_ID.eq("C2"))).isZero();
    }
}
