package io.hqd.ingest;

import static io.hqd.warehouse.schema.marts.Tables.COMPLETENESS;
import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
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

import io.hqd.home.HqdHome;
import io.hqd.ingest.load.FileArchive;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.InboxIngest;
import io.hqd.ingest.read.Limits;
import io.hqd.warehouse.schema.staged.tables.records.SubmissionRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ingesting inboxes on a real home: real files, real DuckDB warehouse, real archive and receipts. */
class IngestFilesTest {
    static final String H1 = Fixtures.HOSPITAL;
    static final String H2 = "H51040002";
    static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir static Path root;
    static FixtureWarehouse fixture;
    static HqdHome home;
    static DSLContext dsl;

    @BeforeAll
    static void open() {
        fixture = new FixtureWarehouse(root);
        home = fixture.home;
        dsl = fixture.dsl;
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static InboxIngest.Summary ingest(Path inbox) throws Exception {
        return new InboxIngest(dsl, Fixtures.CATALOG, home, Limits.defaults(), "T" + RUNS.incrementAndGet(), false).run(inbox);
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
        InboxIngest.Summary e = ingest(in);
        assertEquals(0, e.rejected());
        SubmissionRecord s = submission(file);
        assertEquals("accepted", s.getStatus());
        assertEquals(H1, s.getReporterCode());
        assertFalse(s.getLate());
        assertEquals(io.hqd.ingest.template.SubmissionTemplate.VERSION, s.getTemplateVersion());
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
        Path receiptJson = receipt("2026Q1", H1, "q1_回执_", ".json");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(receiptJson));
        assertEquals("accepted", json.get("status").asString());
        assertEquals(H1 + "/q1.xlsx", json.get("file").asString());
        assertTrue(Files.exists(Path.of(receiptJson.toString().replaceAll("\\.json$", ".xlsx"))));
    }

    @Test
    void sameBytesAgainAreRecognisedNotReingested() throws Exception {
        Path in = inbox("dup");
        Path file = at(Fixtures.template(in.resolve("a.xlsx"), H2, "2026Q1", core()), "2026-04-11T09:00:00");
        ingest(in);
        Files.copy(file, in.resolve("a-copy.xlsx"));
        InboxIngest.Summary second = ingest(in);
        assertEquals(0, second.rejected());
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
        InboxIngest.Summary e = ingest(in);
        assertEquals(1, e.rejected());
        assertEquals("accepted", submission(good).getStatus());
        String sha = FileArchive.sha256(in.resolve("0-not-excel.xlsx"));
        assertEquals("file_not_workbook", dsl.select(FINDING.RULE).from(FINDING).where(FINDING.SHA256.eq(sha)).fetchSingle().value1());
        assertTrue(Files.exists(receipt("未知报告期", "未知单位", "0-not-excel_回执_", ".json")));
    }

    @Test
    void emptyAndOversizeFilesAreRefusedRecordedAndNeverArchived() throws Exception {
        Path in = inbox("empty-and-big");
        Path empty = Files.write(in.resolve("0-空.xlsx"), new byte[0]);
        Path big = Fixtures.template(in.resolve("1-big.xlsx"), H2, "2026Q3", core());
        Limits d = Limits.defaults();
        Limits small = new Limits(Files.size(big) - 1, d.maxEntryBytes(), d.minInflateRatio(), d.maxRows(), d.maxColumns());
        InboxIngest.Summary e = new InboxIngest(dsl, Fixtures.CATALOG, home, small, "T" + RUNS.incrementAndGet(), false).run(in);
        assertEquals(2, e.rejected());
        for (Path file : List.of(empty, big)) {
            String sha = FileArchive.sha256(file);
            assertEquals(file == empty ? "（未归档：空文件）" : "（未归档：超过大小上限）", dsl.select(RECEIVED_FILE.ARCHIVE_PATH).from(RECEIVED_FILE)
                    .where(RECEIVED_FILE.SHA256.eq(sha)).fetchSingle().value1(), "received and recorded, not archived: " + file.getFileName());
            if (Files.isDirectory(home.archive())) {
                try (var archived = Files.walk(home.archive())) {
                    assertTrue(archived.noneMatch(p -> p.getFileName().toString().startsWith(sha)), file.getFileName().toString());
                }
            }
        }
        var emptyFinding = dsl.select(FINDING.RULE, FINDING.MESSAGE).from(FINDING).where(FINDING.SHA256.eq(FileArchive.sha256(empty)))
                .and(FINDING.ORIGINAL_NAME.eq("0-空.xlsx")).fetchSingle();
        assertEquals("file_not_workbook", emptyFinding.value1());
        assertTrue(emptyFinding.value2().startsWith("文件「0-空.xlsx」是空的（0 字节）"), emptyFinding.value2());
        assertEquals("file_too_large", dsl.select(FINDING.RULE).from(FINDING).where(FINDING.SHA256.eq(FileArchive.sha256(big))).fetchSingle().value1());
    }

    /** All empty files have the same hash; each is refused as empty, in the same run and a later one, never taken for a repeat. */
    @Test
    void everyEmptyFileIsRefusedAsEmptyNotAsARepeat() throws Exception {
        Path in = inbox("empty-again");
        Files.write(in.resolve("一院.xlsx"), new byte[0]);
        Files.write(in.resolve("二院.xlsx"), new byte[0]);
        List<FileOutcome> outcomes = new java.util.ArrayList<>();
        InboxIngest.Summary first = new InboxIngest(dsl, Fixtures.CATALOG, home, Limits.defaults(), "T" + RUNS.incrementAndGet(), false).run(in, outcomes::add);
        assertEquals(List.of(2, 0, 0), List.of(first.rejected(), first.duplicates(), first.loaded()));
        Path later = inbox("empty-again-later");
        Files.write(later.resolve("三院.xlsx"), new byte[0]);
        InboxIngest.Summary second = new InboxIngest(dsl, Fixtures.CATALOG, home, Limits.defaults(), "T" + RUNS.incrementAndGet(), false).run(later, outcomes::add);
        assertEquals(List.of(1, 0), List.of(second.rejected(), second.duplicates()));
        for (FileOutcome o : outcomes) {
            assertFalse(o.duplicate(), o.received().originalName());
            assertEquals(1, o.fileFindings().size());
            assertEquals("file_not_workbook", o.fileFindings().get(0).rule());
            assertEquals("文件「" + Path.of(o.received().originalName()).getFileName() + "」是空的（0 字节），没有任何内容，可能是保存或传送时出错。"
                    + "请在 Excel 中打开原表，另存为 .xlsx 后重新报送", o.fileFindings().get(0).message());
        }
        String sha = FileArchive.sha256(later.resolve("三院.xlsx"));
        assertEquals(List.of(false, false, false), dsl.select(FILE_ARRIVAL.DUPLICATE).from(FILE_ARRIVAL)
                .where(FILE_ARRIVAL.SHA256.eq(sha)).and(FILE_ARRIVAL.ORIGINAL_NAME.in("一院.xlsx", "二院.xlsx", "三院.xlsx"))
                .orderBy(FILE_ARRIVAL.ARRIVAL_ID).fetch(FILE_ARRIVAL.DUPLICATE), "each arrival recorded, none as a repeat");
        for (String name : List.of("一院.xlsx", "二院.xlsx", "三院.xlsx")) {
            assertEquals("file_not_workbook", dsl.select(FINDING.RULE).from(FINDING).where(FINDING.SHA256.eq(sha))
                    .and(FINDING.ORIGINAL_NAME.eq(name)).fetchSingle().value1(), "each empty file's refusal is stored under its own name");
        }
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
        assertEquals(List.of(), io.hqd.warehouse.DataTests.run(dsl).failures(), "the warehouse's data tests hold");
    }

    @Test
    void failureMidFileLeavesNothingAndRestartLoadsOnce() throws Exception {
        Path in = inbox("crash");
        Path file = at(Fixtures.template(in.resolve("x.xlsx"), H2, "2026Q2", core()), "2026-07-01T09:00:00");
        String sha = FileArchive.sha256(file);
        // A submission row already holding this file's key makes its transaction fail midway: its received file,
        // arrival, cells and values are appended before the submission goes in at the transaction's end.
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, sha).set(SUBMISSION.REPORTER_TYPE, "hospital")
                .set(SUBMISSION.REPORTER_CODE, "H51040099").set(SUBMISSION.PERIOD_CODE, "2025Q4")
                .set(SUBMISSION.ORIGINAL_NAME, "占位.xlsx").set(SUBMISSION.RECEIVED_AT, java.time.LocalDateTime.now())
                .set(SUBMISSION.STATUS, "rejected").set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false).execute();
        InboxIngest.Summary e = ingest(in);
        assertEquals(1, e.rejected());
        assertFalse(dsl.fetchExists(RECEIVED_FILE, RECEIVED_FILE.SHA256.eq(sha)));
        assertEquals(List.of("占位.xlsx"), dsl.select(SUBMISSION.ORIGINAL_NAME).from(SUBMISSION)
                .where(SUBMISSION.SUBMISSION_ID.eq(sha)).fetch(SUBMISSION.ORIGINAL_NAME), "only the row that blocked it");
        assertFalse(dsl.fetchExists(FILE_ARRIVAL, FILE_ARRIVAL.SHA256.eq(sha)));
        assertFalse(dsl.fetchExists(FINDING, FINDING.SHA256.eq(sha)));
        assertFalse(dsl.fetchExists(CELL_VALUE, CELL_VALUE.SHA256.eq(sha)));
        assertFalse(dsl.fetchExists(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq(sha)));
        dsl.deleteFrom(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.eq(sha)).execute();
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
        InboxIngest.Summary e = ingest(in);
        assertEquals(1, e.rejected());
        assertEquals("rejected", submission(file).getStatus());
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(FileArchive.sha256(file)).and(FINDING.RULE.eq("reporter_folder"))));
        var row = dsl.selectFrom(COMPLETENESS).where(COMPLETENESS.HOSPITAL_CODE.eq(H1)).and(COMPLETENESS.PERIOD_CODE.eq("2026Q3")).fetchSingle();
        assertEquals("rejected", row.getStatus(), "completeness shows the attempt, not nothing");
        assertTrue(Files.exists(receipt("2026Q3", H1, "h1_回执_", ".json")));
    }

    @Test
    void jumpWarnsUntilAccepted() throws Exception {
        Path in = inbox("jump");
        String h = "H51040003";
        steadyHistory(in, h);
        ingest(in);
        Path jump = at(Fixtures.template(in.resolve("jump.xlsx"), h, "2026Q2", core("discharges", 100000, "cp_discharges", 5000)),
                "2026-07-02T09:00:00");
        ingest(in);
        SubmissionRecord s = submission(jump);
        assertEquals("accepted", s.getStatus(), "a warning loads");
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(s.getSubmissionId()).and(FINDING.RULE.eq("jump"))));
        assertEquals(100000, current(h, "2026Q2", "discharges"));

        AcceptedWarnings.accept(dsl, h, "2026Q2", "discharges", "jump", "新院区开业", "统计科", LocalDateTime.now());
        AcceptedWarnings.accept(dsl, h, "2026Q2", "discharges", "jump", "新院区开业（复核）", "统计科", LocalDateTime.now());
        assertEquals(1, dsl.fetchCount(ACCEPTED_WARNING));
        Path again = at(Fixtures.template(in.resolve("jump2.xlsx"), h, "2026Q2", core("discharges", 100001, "cp_discharges", 5000)),
                "2026-07-03T09:00:00");
        ingest(in);
        assertFalse(dsl.fetchExists(FINDING, FINDING.SHA256.eq(FileArchive.sha256(again)).and(FINDING.RULE.eq("jump"))));
    }

    /** Five quarters of steady 出院人次 (2025Q1–2026Q1) for the jump check to judge against. */
    private static void steadyHistory(Path in, String hospital) throws Exception {
        List<String> history = List.of("2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1");
        for (int i = 0; i < history.size(); i++) {
            at(Fixtures.template(in.resolve("h" + i + ".xlsx"), hospital, history.get(i), core("discharges", 10000 + i * 50)),
                    "2026-01-0" + (i + 1) + "T09:00:00");
        }
    }

    @Test
    void jumpIsJudgedAgainstEarlierQuartersLoadedInTheSameRun() throws Exception {
        Path in = inbox("jump-one-run");
        String h = "H51040004";
        steadyHistory(in, h);
        Path jump = at(Fixtures.template(in.resolve("jump.xlsx"), h, "2026Q2", core("discharges", 100000, "cp_discharges", 5000)),
                "2026-07-02T09:00:00");
        ingest(in);
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(FileArchive.sha256(jump)).and(FINDING.RULE.eq("jump"))));
    }

    @Test
    void identityViolationRejectsTheNumeratorOnly() throws Exception {
        Path in = inbox("identity");
        Path file = at(Fixtures.template(in.resolve("i.xlsx"), "H51040004", "2026Q3", core("surgery_mis_ops", 5000)),
                "2026-10-03T09:00:00");
        InboxIngest.Summary e = ingest(in);
        assertEquals(0, e.rejected());
        SubmissionRecord s = submission(file);
        assertEquals("partial", s.getStatus());
        assertFalse(dsl.fetchExists(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq(s.getSubmissionId())
                .and(SUBMISSION_VALUE.ELEMENT_CODE.eq("surgery_mis_ops"))));
        assertTrue(dsl.fetchExists(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID.eq(s.getSubmissionId())
                .and(SUBMISSION_VALUE.ELEMENT_CODE.eq("surgery_ops"))));
        assertTrue(dsl.fetchExists(FINDING, FINDING.SHA256.eq(s.getSubmissionId()).and(FINDING.RULE.eq("identity"))));

        Path receipt = receipt("2026Q3", "H51040004", "", ".xlsx");
        try (var rin = Files.newInputStream(receipt); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(rin)) {
            assertEquals("回执", wb.getSheetName(0));
            assertTrue(wb.getSheetAt(0).getRow(6).getCell(1).getStringCellValue().startsWith("部分接收"));
            var sheet = wb.getSheet("填报表");
            String cell = dsl.select(FINDING.CELL).from(FINDING).where(FINDING.SHA256.eq(s.getSubmissionId()))
                    .and(FINDING.RULE.eq("identity")).fetchSingle().value1();
            var ref = new org.apache.poi.ss.util.CellReference(cell);
            var marked = sheet.getRow(ref.getRow()).getCell(ref.getCol());
            assertEquals(5000, marked.getNumericCellValue(), "the submitted value stays visible");
            assertTrue(marked.getCellComment().getString().getString().contains("不能超过 100%"));
            assertEquals(org.apache.poi.ss.usermodel.IndexedColors.CORAL.getIndex(), marked.getCellStyle().getFillForegroundColor());
            var untouched = sheet.getRow(ref.getRow() + 1).getCell(ref.getCol());
            assertNull(untouched.getCellComment());
        }
    }

    @Test
    void ingestsManyFilesInOneRun() throws Exception {
        Path in = inbox("many");
        int n = 20;
        for (int i = 0; i < n; i++) {
            String period = List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1").get(i % 5);
            String hospital = String.format("H510400%02d", 5 + i / 5);
            at(Fixtures.template(in.resolve(i + ".xlsx"), hospital, period, core("discharges", 10000 + i)), "2025-06-01T09:00:00");
        }
        // Speed is the benchmark's business (./hqd bench); here: every file of one run is taken in.
        InboxIngest.Summary e = ingest(in);
        assertEquals(n, e.files());
    }

    @Test
    void countyConsolidatedFileLoadsOneSubmissionPerHospital() throws Exception {
        Path in = inbox("county");
        Path file = Files.createDirectories(in.resolve("510400")).resolve("汇总.xlsx");
        io.hqd.ingest.template.ConsolidatedTemplate.write("510400", "攀枝花市", io.hqd.warehouse.Periods.parse("2026Q1"),
                io.hqd.ingest.template.SubmissionTemplate.elementsFor(Fixtures.CATALOG, io.hqd.ingest.template.ReporterType.HOSPITAL, 2026),
                List.of(new io.hqd.ingest.template.ConsolidatedTemplate.HospitalRow("H51040005", "五院", core()),
                        new io.hqd.ingest.template.ConsolidatedTemplate.HospitalRow("H51040006", "六院", core("discharges", 7777)),
                        new io.hqd.ingest.template.ConsolidatedTemplate.HospitalRow("H51040007", "七院", Map.of())), file);
        at(file, "2026-04-08T09:00:00");
        InboxIngest.Summary e = ingest(in);
        assertEquals(0, e.rejected());
        String sha = FileArchive.sha256(file);
        var subs = dsl.selectFrom(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.startsWith(sha)).orderBy(SUBMISSION.SUBMISSION_ID).fetch();
        assertEquals(List.of(sha + "/H51040005", sha + "/H51040006"), subs.map(SubmissionRecord::getSubmissionId));
        assertTrue(subs.stream().allMatch(x -> x.getStatus().equals("accepted") && x.getReporterType().equals("hospital")));
        assertEquals(7777, current("H51040006", "2026Q1", "discharges"));
        assertEquals("汇总填报表", dsl.select(CURRENT_VALUE.SHEET).from(CURRENT_VALUE).where(CURRENT_VALUE.REPORTER_CODE.eq("H51040006"))
                .and(CURRENT_VALUE.PERIOD_CODE.eq("2026Q1")).and(CURRENT_VALUE.ELEMENT_CODE.eq("discharges")).fetchSingle().value1());
        assertFalse(dsl.fetchExists(SUBMISSION, SUBMISSION.REPORTER_CODE.eq("H51040007").and(SUBMISSION.PERIOD_CODE.eq("2026Q1"))),
                "a blank row is not a report");
    }

    /** The one receipt filed under receipts/&lt;period&gt;/&lt;reporter&gt;/ whose name starts and ends so. */
    private Path receipt(String period, String reporter, String start, String end) throws Exception {
        try (var files = Files.list(home.receipts().resolve(period).resolve(reporter))) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(start)
                    && p.getFileName().toString().endsWith(end)).toList();
            assertEquals(1, found.size(), "receipts " + found);
            return found.get(0);
        }
    }
}
