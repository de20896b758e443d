package io.hqd.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.home.HqdHome;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.read.ReadContext;
import io.hqd.ingest.read.ReadResult;
import io.hqd.ingest.read.RejectedFileException;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.read.WorkbookReader;
import io.hqd.registry.HospitalRegistry;
import io.hqd.warehouse.Periods;

/** A small demo home written to disk and read back with the ingest's own reader. */
class DemoFilesTest {

    @TempDir static Path dir;
    static Catalog catalog;
    static HqdHome home;
    static DemoGenerator.Generation generation;

    @BeforeAll
    static void generate() {
        catalog = CatalogLoader.load(null);
        home = new HqdHome(dir.resolve("demo"));
        DemoScope scope = new DemoScope(List.of("511800"), new Periods(2026, 2), new Periods(2026, 3), DemoScope.DEFAULT_SEED);
        generation = DemoGenerator.generate(home, catalog, scope, Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void homeIsMarkedAsDemoWithRegistry() {
        assertTrue(DemoGenerator.isDemoHome(home));
        assertEquals(generation.registry(), HospitalRegistry.read(home.hospitalRegistry()));
    }

    @Test
    void workbooksReadBackWithTheirPlannedValuesAndArrivalTimes() throws Exception {
        WorkbookOpener opener = new WorkbookOpener(Limits.defaults());
        ReadContext ctx = new ReadContext(catalog.elements(), Map.of());
        int checked = 0;
        for (PlannedFile f : generation.files()) {
            Path file = home.inbox().resolve(f.path());
            assertTrue(Files.isRegularFile(file), f.path());
            assertEquals(f.arrival().toEpochMilli() / 1000, Files.getLastModifiedTime(file).toMillis() / 1000, f.path());
            if (f.content() != PlannedFile.Content.WORKBOOK) {
                continue;
            }
            WorkbookOpener.Opened opened = opener.open(file);
            ReadResult r = WorkbookReader.read(opened.grid(), ctx);
            assertTrue(r.ownTemplate());
            assertEquals(f.reporterCode(), r.reporterCode());
            assertEquals(f.period().code(), r.period());
            Map<String, BigDecimal> read = new HashMap<>();
            for (ReadCell c : r.values()) {
                read.put(c.element(), c.value());
            }
            for (Map.Entry<String, Object> e : f.values().entrySet()) {
                if (e.getValue() instanceof Number n) {
                    assertNotNull(read.get(e.getKey()), f.path() + " " + e.getKey());
                    assertEquals(n.doubleValue(), read.get(e.getKey()).doubleValue(), 1e-9, f.path() + " " + e.getKey());
                }
            }
            checked++;
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    @Test
    void multiFileDefectsAreOnDisk() throws Exception {
        PlannedFile copy = generation.files().stream().filter(f -> f.content() == PlannedFile.Content.COPY).findFirst().orElseThrow();
        assertArrayEquals(Files.readAllBytes(home.inbox().resolve(copy.copyOf())), Files.readAllBytes(home.inbox().resolve(copy.path())));
        assertNotEquals(copy.copyOf(), copy.path());
        PlannedFile text = generation.files().stream().filter(f -> f.defect() == DefectKind.NOT_A_WORKBOOK).findFirst().orElseThrow();
        assertTrue(text.path().endsWith(".xlsx"));
        assertThrows(RejectedFileException.class, () -> new WorkbookOpener(Limits.defaults()).open(home.inbox().resolve(text.path())));
    }

    @Test
    void manifestListsEveryDefectiveFile() throws Exception {
        try (Reader r = Files.newBufferedReader(home.root().resolve(DemoGenerator.MANIFEST), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            List<PlannedFile> defective = generation.files().stream().filter(f -> f.defect() != null).toList();
            assertEquals(defective.size(), rows.size());
            for (CSVRecord row : rows) {
                assertTrue(Files.isRegularFile(home.root().resolve(row.get("file"))), row.get("file"));
                DefectKind.valueOf(row.get("kind"));
            }
        }
    }

    @Test
    void regeneratingWipesTheOldDemoButRefusesAnyOtherFolder() throws Exception {
        Path other = dir.resolve("real-home");
        Files.createDirectories(other);
        Files.writeString(other.resolve("warehouse.duckdb"), "x");
        assertThrows(IllegalStateException.class, () -> DemoGenerator.prepare(new HqdHome(other)));
        assertTrue(Files.exists(other.resolve("warehouse.duckdb")));
        // an empty layout with a catalog is fine, and the catalog stays
        HqdHome fresh = new HqdHome(dir.resolve("fresh")).ensureLayout();
        CatalogLoader.copyBundledTo(fresh.catalog());
        DemoGenerator.prepare(fresh);
        assertTrue(Files.exists(fresh.catalog().resolve("targets.csv")));
        // a demo home is wiped except its catalog
        HqdHome demo = new HqdHome(dir.resolve("old-demo")).ensureLayout();
        Files.writeString(demo.settings(), "hqd.demo=true\n");
        Files.writeString(demo.inbox().resolve("stray.xlsx"), "x");
        Files.createDirectories(demo.catalog());
        Files.writeString(demo.catalog().resolve("note.txt"), "kept");
        DemoGenerator.prepare(demo);
        assertFalse(Files.exists(demo.inbox().resolve("stray.xlsx")));
        assertFalse(Files.exists(demo.settings()));
        assertTrue(Files.exists(demo.catalog().resolve("note.txt")));
    }
}
