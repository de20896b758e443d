package io.hqd.ingest;

import static io.hqd.warehouse.schema.marts.Tables.COMPLETENESS;
import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.ACCEPTED_WARNING;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.PERIOD;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import io.hqd.home.HqdHome;
import io.hqd.ingest.load.FileArchive;
import io.hqd.run.Pipeline;
import io.hqd.warehouse.schema.staged.tables.records.SubmissionRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ingest job end to end on a real home: real files, real DuckDB, real receipts. */
class IngestJobTest {
    static final String H1 = Fixtures.HOSPITAL;
    static final String H2 = "H51040002";
    static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir static Path root;
    static HqdHome home;
    static Pipeline pipeline;
    static DSLContext dsl;

    @BeforeAll
    static void open() {
        home = new HqdHome(root.resolve("home"));
        pipeline = Pipeline.open(home);
        dsl = pipeline.bean(DSLContext.class);
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    static JobExecution ingest(Path inbox) throws Exception {
        JobExecution e = pipeline.run("ingestJob", Pipeline.parameters().addString("inbox", inbox.toString())
                .addString("run", "T" + RUNS.incrementAndGet()).toJobParameters());
        assertEquals(BatchStatus.COMPLETED, e.getStatus(), e.getAllFailureExceptions().toString());
        return e;
    }

    static Path inbox(String name) throws Exception {
        return Files.createDirectories(root.resolve(name));
    }

    static Path at(Path file, String localDateTime) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant()));
        return file;
    }

    static SubmissionRecord submission(Path file) throws Exception {
        return dsl.selectFrom(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.eq(FileArchive.sha256(file))).fetchOne();
    }

    static Map<String, Object> core(Object... overrides) {
        Map<String, Object> m = new HashMap<>(Fixtures.core());
        for (int i = 0; i < overrides.length; i += 2) {
            m.put((String) overrides[i], overrides[i + 1]);
        }
        return m;
    }

    static double current(String hospital, String period, String element) {
        return dsl.select(CURRENT_VALUE.VALUE).from(CURRENT_VALUE).where(CURRENT_VALUE.REPORTER_CODE.eq(hospital))
                .and(CURRENT_VALUE.PERIOD_CODE.eq(period)).and(CURRENT_VALUE.ELEMENT_CODE.eq(element)).fetchSingle().value1();
    }

    @Test
    void acceptsGoodFileWithLineageReceiptsAndArchive() throws Exception {
        Path in = inbox("good");
        Path file = at(Fixtures.template(Files.createDirectories(in.resolve(H1)).resolve("q1.xlsx"), H1, "2026Q1",
                core("medical_revenue", "1,234.5")), "2026-04-10T09:00:00");
        JobExecution e = ingest(in);
        assertEquals(0, e.getExecutionContext().getInt(IngestJobConfig.REJECTED));
        SubmissionRecord s = submission(file);
        assertEquals("accepted", s.getStatus());
        assertEquals(H1, s.getReporterCode());
        assertFalse(s.getLate());
        assertEquals("2026.1", s.getTemplateVersion());
        var v = dsl.selectFrom(SUBMISSION_VALUE).where(SUBMISSION_VALUE.SUBMISSION_ID.eq(s.getSubmissionId()))
                .and(SUBMISSION_VALUE.ELEMENT_CODE.eq("medical_revenue")).fetchSingle();
        assertEquals(1234.5, v.getValue());
        assertEquals("填报表", v.getSheet());
        assertTrue(v.getCell().startsWith("E"));
        assertEquals(10000, current(H1, "2026Q1", "discharges"));
        String archive = dsl.select(RECEIVED_FILE.ARCHIVE_PATH).from(RECEIVED_FILE)
                .where(RECEIVED_FILE.SHA256.eq(s.getSubmissionId())).fetchSingle().value1();
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(Path.of(archive)));
        assertFalse(archive.contains("q1"), "archive names come from the hash");
        assertTrue(Files.exists(file), "inbox file stays; identity is the hash");
        String base = H1 + "_2026Q1_" + s.getSubmissionId().substring(0, 12);
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(home.receipts().resolve(base + ".json")));
        assertEquals("accepted", json.get("status").asString());
        assertEquals(H1 + "/q1.xlsx", json.get("file").asString());
        assertTrue(Files.exists(home.receipts().resolve(base + ".xlsx")));
    }

    @Test
    void sameBytesAgainAreRecognisedNotReingested() throws Exception {
        Path in = inbox("dup");
        Path file = at(Fixtures.template(in.resolve("a.xlsx"), H2, "2026Q1", core()), "2026-04-11T09:00:00");
        ingest(in);
        Files.copy(file, in.resolve("a-copy.xlsx"));
        JobExecution second = ingest(in);
        assertEquals(0, second.getExecutionContext().getInt(IngestJobConfig.REJECTED));
        String sha = FileArchive.sha256(file);
        assertEquals(1, dsl.fetchCount(SUBMISSION, SUBMISSION.SUBMISSION_ID.eq(sha)));
        assertEquals(1, dsl.fetchCount(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(sha)));
        assertEquals(3, dsl.fetchCount(FILE_ARRIVAL, FILE_ARRIVAL.SHA256.eq(sha)), "first arrival, then a.xlsx and a-copy.xlsx again");
        assertEquals(2, dsl.fetchCount(FILE_ARRIVAL, FILE_ARRIVAL.SHA256.eq(sha).and(FILE_ARRIVAL.DUPLICATE.isTrue())));
    }

    @Test
    void newerFileSupersedesOlderBothStay() throws Exception {
        Path in = inbox("resubmit");
        Path first = at(Fixtures.template(in.resolve("1.xlsx"), H1, "2026Q2", core()), "2026-07-05T09:00:00");
        Path second = at(Fixtures.template(in.resolve("2.xlsx"), H1, "2026Q2", core("discharges", 11000)), "2026-07-20T09:00:00");
        ingest(in);
        SubmissionRecord a = submission(first);
        SubmissionRecord b = submission(second);
        assertEquals(b.getSubmissionId(), a.getSupersededBy());
        assertEquals(a.getSubmissionId(), b.getSupersedes());
        assertNull(b.getSupersededBy());
        assertTrue(b.getLate(), "received 2026-07-20, due 2026-07-15");
        assertFalse(a.getLate());
        assertEquals(11000, current(H1, "2026Q2", "discharges"));
        assertEquals(1, dsl.fetchCount(COMPLETENESS, COMPLETENESS.HOSPITAL_CODE.eq(H1).and(COMPLETENESS.PERIOD_CODE.eq("2026Q2"))));
    }

    @Test
    void badFileIsRejectedAndTheRunGoesOn() throws Exception {
        Path in = inbox("bad");
        Files.writeString(in.resolve("0-not-excel.xlsx"), "这不是工作簿", StandardCharsets.UTF_8);
        Path good = at(Fixtures.template(in.resolve("1-good.xlsx"), H2, "2026Q3", core()), "2026-10-09T09:00:00");
        JobExecution e = ingest(in);
        assertEquals(1, e.getExecutionContext().getInt(IngestJobConfig.REJECTED));
        assertEquals("accepted", submission(good).getStatus());
        String sha = FileArchive.sha256(in.resolve("0-not-excel.xlsx"));
        assertEquals("file_not_workbook", dsl.select(FINDING.RULE).from(FINDING).where(FINDING.SHA256.eq(sha)).fetchSingle().value1());
        assertTrue(Files.list(home.receipts()).anyMatch(p -> p.getFileName().toString().equals("未知单位_未知报告期_" + sha.substring(0, 12) + ".json")));
    }

    @Test
    void lockedPeriodKeepsFileAsAfterLockVersion() throws Exception {
        Path in = inbox("locked");
        Path before = at(Fixtures.template(in.resolve("1.xlsx"), H2, "2025Q4", core()), "2026-01-05T09:00:00");
        ingest(in);
        dsl.update(PERIOD).set(PERIOD.LOCKED_AT, LocalDateTime.of(2026, 2, 1, 0, 0)).set(PERIOD.LOCKED_BY, "统计科")
                .where(PERIOD.PERIOD_CODE.eq("2025Q4")).execute();
        Path after = at(Fixtures.template(in.resolve("2.xlsx"), H2, "2025Q4", core("discharges", 99)), "2026-03-01T09:00:00");
        ingest(in);
        SubmissionRecord s = submission(after);
        assertTrue(s.getAfterLock());
        assertNull(submission(before).getSupersededBy(), "locked figures stay in force");
        assertEquals(10000, current(H2, "2025Q4", "discharges"));
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(s.getSubmissionId()).and(FINDING.RULE.eq("period_locked"))));
    }

    @Test
    void failureMidFileLeavesNothingAndRestartLoadsOnce() throws Exception {
        Path in = inbox("crash");
        Path file = at(Fixtures.template(in.resolve("x.xlsx"), H2, "2026Q2", core()), "2026-07-01T09:00:00");
        String sha = FileArchive.sha256(file);
        // A value row already holding this submission's key makes the file's transaction fail midway.
        dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, sha).set(SUBMISSION_VALUE.ELEMENT_CODE, "drg_cases")
                .set(SUBMISSION_VALUE.VALUE, 1.0).set(SUBMISSION_VALUE.SHEET, "x").set(SUBMISSION_VALUE.CELL, "A1").execute();
        JobExecution e = ingest(in);
        assertEquals(1, e.getExecutionContext().getInt(IngestJobConfig.REJECTED));
        assertFalse(dsl.fetchExists(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(sha)));
        assertFalse(dsl.fetchExists(SUBMISSION, SUBMISSION.SUBMISSION_ID.eq(sha)));
        assertFalse(dsl.fetchExists(FILE_ARRIVAL, FILE_ARRIVAL.SHA256.eq(sha)));
        assertFalse(dsl.fetchExists(FINDING, FINDING.SHA256.eq(sha)));
        dsl.deleteFrom(SUBMISSION_VALUE).where(SUBMISSION_VALUE.SUBMISSION_ID.eq(sha)).execute();
        ingest(in);
        ingest(in);
        assertEquals(1, dsl.fetchCount(SUBMISSION, SUBMISSION.SUBMISSION_ID.eq(sha)));
        assertEquals(10, dsl.fetchCount(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq(sha)));
    }

    @Test
    void folderMustAgreeWithReporter() throws Exception {
        Path in = inbox("folder");
        Path file = at(Fixtures.template(Files.createDirectories(in.resolve(H2)).resolve("h1.xlsx"), H1, "2026Q3", core()),
                "2026-10-02T09:00:00");
        JobExecution e = ingest(in);
        assertEquals(1, e.getExecutionContext().getInt(IngestJobConfig.REJECTED));
        assertEquals("rejected", submission(file).getStatus());
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(FileArchive.sha256(file)).and(FINDING.RULE.eq("reporter_folder"))));
    }

    @Test
    void jumpWarnsUntilAccepted() throws Exception {
        Path in = inbox("jump");
        String h = "H51040003";
        List<String> history = List.of("2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1");
        for (int i = 0; i < history.size(); i++) {
            at(Fixtures.template(in.resolve("h" + i + ".xlsx"), h, history.get(i), core("discharges", 10000 + i * 50)),
                    "2026-01-0" + (i + 1) + "T09:00:00");
        }
        ingest(in);
        Path jump = at(Fixtures.template(in.resolve("jump.xlsx"), h, "2026Q2", core("discharges", 100000, "cp_discharges", 5000)),
                "2026-07-02T09:00:00");
        ingest(in);
        SubmissionRecord s = submission(jump);
        assertEquals("accepted", s.getStatus(), "a warning loads");
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(s.getSubmissionId()).and(FINDING.RULE.eq("jump"))));
        assertEquals(100000, current(h, "2026Q2", "discharges"));

        dsl.insertInto(ACCEPTED_WARNING).set(ACCEPTED_WARNING.REPORTER_CODE, h).set(ACCEPTED_WARNING.PERIOD_CODE, "2026Q2")
                .set(ACCEPTED_WARNING.ELEMENT_CODE, "discharges").set(ACCEPTED_WARNING.RULE, "jump")
                .set(ACCEPTED_WARNING.REASON, "新院区开业").set(ACCEPTED_WARNING.ACCEPTED_BY, "统计科")
                .set(ACCEPTED_WARNING.ACCEPTED_AT, LocalDateTime.now()).execute();
        Path again = at(Fixtures.template(in.resolve("jump2.xlsx"), h, "2026Q2", core("discharges", 100001, "cp_discharges", 5000)),
                "2026-07-03T09:00:00");
        ingest(in);
        assertFalse(dsl.fetchExists(FINDING, FINDING.SHA256.eq(FileArchive.sha256(again)).and(FINDING.RULE.eq("jump"))));
    }

    @Test
    void identityViolationRejectsTheNumeratorOnly() throws Exception {
        Path in = inbox("identity");
        Path file = at(Fixtures.template(in.resolve("i.xlsx"), "H51040004", "2026Q3", core("surgery_mis_ops", 5000)),
                "2026-10-03T09:00:00");
        JobExecution e = ingest(in);
        assertEquals(0, e.getExecutionContext().getInt(IngestJobConfig.REJECTED));
        SubmissionRecord s = submission(file);
        assertEquals("partial", s.getStatus());
        assertFalse(dsl.fetchExists(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq(s.getSubmissionId())
                .and(SUBMISSION_VALUE.ELEMENT_CODE.eq("surgery_mis_ops"))));
        assertTrue(dsl.fetchExists(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq(s.getSubmissionId())
                .and(SUBMISSION_VALUE.ELEMENT_CODE.eq("surgery_ops"))));
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(s.getSubmissionId()).and(FINDING.RULE.eq("identity"))));
    }

    @Test
    void ingestsManyFilesQuickly() throws Exception {
        Path in = inbox("many");
        int n = 30;
        for (int i = 0; i < n; i++) {
            String period = List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1").get(i % 5);
            String hospital = String.format("H510400%02d", 5 + i / 5);
            at(Fixtures.template(in.resolve(i + ".xlsx"), hospital, period, core("discharges", 10000 + i)), "2025-06-01T09:00:00");
        }
        JobExecution e = ingest(in);
        var step = e.getStepExecutions().stream().filter(s -> s.getStepName().equals("ingestFiles")).findFirst().orElseThrow();
        double ms = java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / (double) n;
        System.out.printf("ingest: %.0f ms/file (read, validate, store, receipts) over %d files%n", ms, n);
        assertEquals(n, step.getReadCount());
        assertTrue(ms < 1000, ms + " ms/file");
    }
}
