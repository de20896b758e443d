package io.hqd.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.evaluate.milestone.MilestoneState;
import io.hqd.home.HqdHome;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.MilestoneSheetReader;
import io.hqd.ingest.read.ReadContext;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.read.WorkbookReader;
import io.hqd.warehouse.Periods;

/**
 * The demo leaves one commitment of a running plan unfinished past its due date, on purpose, as it plants its other
 * defects: in 2026 that is 上海's SH-P1-14 (due 2025-12-31), which the 市卫生健康委 reports 推进中 in every quarter.
 */
class DemoOverdueTest {
    @TempDir Path dir;

    @Test
    void aRunningPlansCommitmentPastItsDueDateIsLeftUnfinishedInEveryQuarter() throws Exception {
        Catalog catalog = CatalogLoader.load(null);
        HqdHome home = new HqdHome(dir.resolve("demo"));
        DemoScope scope = new DemoScope(List.of("310000"), new Periods(2026, 2), new Periods(2026, 3), DemoScope.DEFAULT_SEED);
        DemoGenerator.Generation g = DemoGenerator.generate(home, catalog, scope, Instant.parse("2026-11-23T00:00:00Z"));
        ReadContext ctx = new ReadContext(catalog.elements(), Map.of());
        int read = 0;
        for (PlannedFile f : g.files()) {
            if (!"310000".equals(f.reporterCode()) || f.content() != PlannedFile.Content.WORKBOOK || f.defect() != null) {
                continue;
            }
            List<MilestoneSheetReader.Entry> entries = WorkbookReader.read(
                    new WorkbookOpener(Limits.defaults()).open(home.inbox().resolve(f.path())).grid(), ctx).milestones();
            MilestoneSheetReader.Entry sh14 = entries.stream().filter(e -> e.targetCode().equals("SH-P1-14")).findFirst().orElseThrow();
            assertEquals(MilestoneState.in_progress, sh14.state(), f.path());
            assertTrue(sh14.document().isEmpty(), "no proof of completion: " + f.path());
            read++;
        }
        assertEquals(2, read, "the bureau's report of each quarter");
    }
}
