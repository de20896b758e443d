package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.receipt.ReceiptWriter;

/**
 * Several files share one warehouse transaction, and still nothing is half-written: a batch in which one
 * file cannot be stored is rolled back whole and stored again file by file, so only that file is refused,
 * and what the run remembers of stored figures follows the warehouse. A real DuckDB file throughout.
 */
class GroupCommitTest {
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

    private Path threeFiles(String folder) throws Exception {
        Path in = Files.createDirectories(root.resolve(folder));
        Fixtures.template(in.resolve("a.xlsx"), "H51040001", "2026Q1", Fixtures.core());
        Fixtures.template(in.resolve("b.xlsx"), "H51040002", "2026Q1", Fixtures.core());
        Fixtures.template(in.resolve("c.xlsx"), "H51040003", "2026Q1", Fixtures.core());
        return in;
    }

    /** A row already holding the submission id {@code file} will get: storing that file fails on the key. */
    private void blockStoreOf(Path file) throws Exception {
        blockStoreOf(dsl, file);
    }

    static void blockStoreOf(DSLContext dsl, Path file) throws Exception {
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, FileArchive.sha256(file))
                .set(SUBMISSION.REPORTER_TYPE, "hospital").set(SUBMISSION.REPORTER_CODE, "H51040099")
                .set(SUBMISSION.PERIOD_CODE, "2025Q4").set(SUBMISSION.ORIGINAL_NAME, "占位.xlsx")
                .set(SUBMISSION.RECEIVED_AT, java.time.LocalDateTime.now()).set(SUBMISSION.STATUS, "rejected")
                .set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false).set(SUBMISSION.RUN_ID, "X").execute();
    }

    private FileIngestor ingestor(IngestReference ref, String run) {
        return new FileIngestor(ref, new SubmissionStore(dsl), new FileArchive(fixture.home.archive()), Limits.defaults(),
                new ReceiptWriter(fixture.home.receipts(), false), run);
    }

    private int received(Path file) throws Exception {
        return dsl.fetchCount(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(FileArchive.sha256(file)));
    }

    @Test
    void aBatchWithOneFileThatCannotBeStoredStoresTheOthersAndRefusesThatOneAlone() throws Exception {
        Path in = threeFiles("inbox");
        blockStoreOf(in.resolve("b.xlsx"));
        List<FileOutcome> outcomes = new ArrayList<>();

        InboxIngest.Summary s = new InboxIngest(dsl, Fixtures.CATALOG, fixture.home, Limits.defaults(), "G1", false)
                .run(in, outcomes::add);

        assertThat(s.files()).isEqualTo(3);
        assertThat(s.loaded()).isEqualTo(2);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(received(in.resolve("a.xlsx"))).isOne();
        assertThat(received(in.resolve("c.xlsx"))).isOne();
        assertThat(received(in.resolve("b.xlsx"))).as("nothing of the refused file").isZero();
        assertThat(dsl.fetchCount(CELL_VALUE, CELL_VALUE.SHA256.eq(FileArchive.sha256(in.resolve("b.xlsx"))))).isZero();
        assertThat(dsl.fetchCount(SUBMISSION, SUBMISSION.RUN_ID.eq("G1"))).isEqualTo(2);
        // Outcomes in inbox order; the refused file says why, in Chinese, and gets its receipt.
        assertThat(outcomes).extracting(o -> o.received().originalName()).containsExactly("a.xlsx", "b.xlsx", "c.xlsx");
        FileOutcome b = outcomes.get(1);
        assertThat(b.status()).isEqualTo(Status.REJECTED);
        assertThat(b.fileFindings()).extracting(Finding::rule).containsExactly(LoadRule.STORE_FAILED.id);
        assertThat(b.fileFindings().get(0).message()).contains("入库时发生错误", "已全部回滚", "下次运行时重新处理");
        assertThat(b.receipts()).isNotEmpty();
        assertThat(outcomes.get(0).receipts()).isNotEmpty();

        // Next run, with the obstacle gone: the refused file is stored, the others are repeats.
        dsl.deleteFrom(SUBMISSION).where(SUBMISSION.ORIGINAL_NAME.eq("占位.xlsx")).execute();
        InboxIngest.Summary again = new InboxIngest(dsl, Fixtures.CATALOG, fixture.home, Limits.defaults(), "G2", false).run(in);
        assertThat(again.loaded()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(received(in.resolve("b.xlsx"))).isOne();
    }

    @Test
    void aFailedBatchLeavesNeitherRowsNorRememberedFiguresOfAnyOfItsFiles() throws Exception {
        Path in = threeFiles("direct");
        IngestReference ref = new IngestReference(dsl, Fixtures.CATALOG);
        FileIngestor ingestor = ingestor(ref, "G3");
        // An earlier committed batch: H51040001's 2025Q4 figures are on record and remembered.
        Path earlier = Fixtures.template(Files.createDirectories(root.resolve("earlier")).resolve("q4.xlsx"),
                "H51040001", "2025Q4", Fixtures.core());
        ingestor.completeAll(List.of(ingestor.prepare(earlier.getParent(), earlier)));
        assertThat(ref.hasDataInForce("H51040001", "2025Q4")).isTrue();
        long arrivals = dsl.fetchCount(FILE_ARRIVAL);

        blockStoreOf(in.resolve("c.xlsx"));
        List<FileIngestor.Prepared> batch = new ArrayList<>();
        for (String name : List.of("a.xlsx", "b.xlsx", "c.xlsx")) {
            batch.add(ingestor.prepare(in, in.resolve(name)));
        }
        assertThatThrownBy(() -> ingestor.completeAll(batch)).isInstanceOf(RuntimeException.class);

        assertThat(received(in.resolve("a.xlsx")) + received(in.resolve("b.xlsx")) + received(in.resolve("c.xlsx"))).isZero();
        assertThat(dsl.fetchCount(FILE_ARRIVAL)).as("no arrival of the batch").isEqualTo(arrivals);
        assertThat(dsl.fetchCount(SUBMISSION, SUBMISSION.RUN_ID.eq("G3"))).as("only the earlier batch").isOne();
        // The run's memory follows the warehouse: the rolled-back figures are forgotten, the earlier ones kept.
        assertThat(ref.hasDataInForce("H51040001", "2026Q1")).isFalse();
        assertThat(ref.hasDataInForce("H51040002", "2026Q1")).isFalse();
        assertThat(ref.hasDataInForce("H51040001", "2025Q4")).isTrue();

        // File by file, as the run does after a failed batch: a and b are stored, c is refused alone.
        List<FileOutcome> one = batch.stream().map(ingestor::complete).map(FileIngestor.Completed::outcome).toList();
        assertThat(one).extracting(FileOutcome::status).containsExactly(Status.ACCEPTED, Status.ACCEPTED, Status.REJECTED);
        assertThat(ref.hasDataInForce("H51040001", "2026Q1")).isTrue();
        assertThat(ref.hasDataInForce("H51040003", "2026Q1")).isFalse();
    }

    @Test
    void aLaterFileOfABatchIsCheckedAgainstAnEarlierOneAsIfEachHadCommitted() throws Exception {
        Path in = Files.createDirectories(root.resolve("same-reporter"));
        Path q1 = Fixtures.template(in.resolve("1.xlsx"), "H51040001", "2026Q1", Fixtures.core());
        Map<String, Object> corrected = new java.util.HashMap<>(Fixtures.core());
        corrected.put("discharges", 10001);
        Path again = Fixtures.template(in.resolve("2.xlsx"), "H51040001", "2026Q1", corrected);
        FileIngestor ingestor = ingestor(new IngestReference(dsl, Fixtures.CATALOG), "G4");

        List<FileIngestor.Completed> done = ingestor.completeAll(List.of(ingestor.prepare(in, q1), ingestor.prepare(in, again)));

        // The second file of the same reporter and period supersedes the first one stored in the same transaction.
        String first = done.get(0).outcome().submissions().get(0).submissionId();
        assertThat(dsl.select(SUBMISSION.SUPERSEDED_BY).from(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.eq(first)).fetchOne().value1())
                .isEqualTo(FileArchive.sha256(again));
    }

    @Test
    void aProcessKilledInsideABatchLeavesNothingOfItsFilesAndTheNextRunStoresThemOnce() throws Exception {
        Path in = threeFiles("killed");
        fixture.close(); // one process per warehouse file: the child takes it
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), KilledInsideBatch.class.getName(),
                root.toString(), in.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(out).isEqualTo(KilledInsideBatch.EXIT);
        assertThat(out).contains(KilledInsideBatch.STORED);

        fixture = new FixtureWarehouse(root);
        dsl = fixture.dsl;
        assertThat(received(in.resolve("a.xlsx")) + received(in.resolve("b.xlsx"))).as("no half batch").isZero();
        assertThat(dsl.fetchCount(FILE_ARRIVAL, FILE_ARRIVAL.RUN_ID.eq("KILLED"))).isZero();
        assertThat(dsl.fetchCount(SUBMISSION, SUBMISSION.RUN_ID.eq("KILLED"))).isZero();
        assertThat(dsl.fetchCount(CELL_VALUE)).isZero();

        InboxIngest.Summary next = new InboxIngest(dsl, Fixtures.CATALOG, fixture.home, Limits.defaults(), "G5", false).run(in);
        assertThat(next.loaded()).isEqualTo(3);
        assertThat(next.duplicates()).isZero();
        assertThat(dsl.fetchCount(SUBMISSION, SUBMISSION.RUN_ID.eq("G5"))).isEqualTo(3);
    }

    /** Stores two files in one batch transaction and dies before it commits, as a killed nightly would. */
    static final class KilledInsideBatch {
        static final int EXIT = 37;
        static final String STORED = "两个文件已写入未提交的事务";

        public static void main(String[] args) throws Exception {
            Path root = Path.of(args[0]);
            Path in = Path.of(args[1]);
            FixtureWarehouse f = new FixtureWarehouse(root);
            IngestReference ref = new IngestReference(f.dsl, Fixtures.CATALOG);
            FileIngestor ingestor = new FileIngestor(ref, new SubmissionStore(f.dsl), new FileArchive(f.home.archive()),
                    Limits.defaults(), new ReceiptWriter(f.home.receipts(), false), "KILLED");
            List<FileIngestor.Prepared> batch = List.of(ingestor.prepare(in, in.resolve("a.xlsx")),
                    ingestor.prepare(in, in.resolve("b.xlsx")));
            new SubmissionStore(f.dsl).batch(tx -> {
                for (FileIngestor.Prepared p : batch) {
                    List<LoadedSubmission> subs = new SubmissionBuilder(ref).build(p.received(), p.read(), null, p.fileFindings());
                    tx.store(p.received(), "KILLED", p.read().cells(),
                            new FileOutcome(p.received(), false, subs, p.fileFindings(), List.of()), p.read().milestones());
                }
                System.out.println(STORED);
                System.out.flush();
                Runtime.getRuntime().halt(EXIT);
            });
        }
    }
}
