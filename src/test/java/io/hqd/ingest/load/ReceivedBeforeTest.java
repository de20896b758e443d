package io.hqd.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.home.HqdHome;
import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.receipt.ReceiptWriter;

/**
 * Files received in an earlier run are recognised by their hash before any parsing: the second pass over
 * an archived folder costs a hash per file, not a workbook parse. New files are still parsed.
 */
class ReceivedBeforeTest {
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

    private static FileIngestor ingestor(String run) {
        return new FileIngestor(new IngestReference(dsl, Fixtures.CATALOG), new SubmissionStore(dsl),
                new FileArchive(home.archive()), Limits.defaults(), new ReceiptWriter(home.receipts(), false), run);
    }

    @Test
    void aFileReceivedInAnEarlierRunIsRecognisedWithoutParsing() throws Exception {
        Path in = Files.createDirectories(root.resolve("earlier"));
        Path file = Fixtures.template(in.resolve("a.xlsx"), Fixtures.HOSPITAL, "2026Q1", Fixtures.core());
        FileOutcome first = ingestor("R1").ingest(in, file);
        assertThat(first.duplicate()).isFalse();
        assertThat(first.submissions()).hasSize(1);
        // Nothing to mark on any cell: the Excel receipt is the 回执 sheet alone, not a copy of the submission.
        Path excel = first.receipts().stream().filter(r -> r.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(excel))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetName(0)).isEqualTo("回执");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("a.xlsx");
        }

        Path again = Files.copy(file, in.resolve("a-again.xlsx"));
        FileIngestor next = ingestor("R2");
        FileIngestor.Prepared p = next.prepare(in, again);
        assertThat(p.read()).as("not parsed").isNull();
        assertThat(p.opened()).isNull();
        assertThat(p.fileFindings()).isEmpty();
        FileOutcome second = next.receipt(next.complete(p));
        assertThat(second.duplicate()).isTrue();
        assertThat(second.receipts()).isEmpty();
    }

    @Test
    void aNewFileIsParsedAndTwoCopiesInOneRunLoadOnce() throws Exception {
        Path in = Files.createDirectories(root.resolve("same-run"));
        Path file = Fixtures.template(in.resolve("b.xlsx"), "H51040002", "2026Q2", Fixtures.core());
        Files.copy(file, in.resolve("b-copy.xlsx"));
        FileIngestor.Prepared p = ingestor("R3").prepare(in, file);
        assertThat(p.read()).as("parsed: never received before").isNotNull();

        InboxIngest.Summary s = new InboxIngest(dsl, Fixtures.CATALOG, home, Limits.defaults(), "R4", false).run(in);
        assertThat(s.files()).isEqualTo(2);
        assertThat(s.loaded()).isEqualTo(1);
        assertThat(s.duplicates()).isEqualTo(1);
    }
}
