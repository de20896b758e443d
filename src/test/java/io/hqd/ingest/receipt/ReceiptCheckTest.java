package io.hqd.ingest.receipt;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.load.InboxIngest;
import io.hqd.ingest.read.Limits;

/** Receipts cut short by a crash, or missing, are found and written again from the warehouse. */
class ReceiptCheckTest {
    @TempDir Path root;

    @Test
    void aReceiptCutShortOrMissingIsWrittenAgainAndAWholeOneIsLeftAlone() throws Exception {
        try (FixtureWarehouse fx = new FixtureWarehouse(root)) {
            Path in = Files.createDirectories(root.resolve("inbox"));
            Fixtures.template(in.resolve("一院.xlsx"), Fixtures.HOSPITAL, "2026Q3", Fixtures.core());
            Fixtures.template(in.resolve("二院.xlsx"), "H51040002", "2026Q3", Fixtures.core());
            new InboxIngest(fx.dsl, Fixtures.CATALOG, fx.home, Limits.defaults(), "R1", false).run(in);
            ReceiptCheck check = new ReceiptCheck(fx.dsl, fx.home, false);
            assertEquals(0, check.repair(), "every receipt whole");

            List<Path> xlsx = receipts(fx.home.receipts(), ".xlsx");
            assertEquals(2, xlsx.size());
            byte[] whole = Files.readAllBytes(xlsx.get(0));
            Files.write(xlsx.get(0), java.util.Arrays.copyOf(whole, whole.length - 30)); // the zip directory cut off
            Path json = receipts(fx.home.receipts(), ".json").get(1);
            Files.delete(json);

            assertEquals(2, check.repair());
            assertTrue(Files.size(xlsx.get(0)) > whole.length - 30, "the cut receipt is whole again");
            assertTrue(Files.isRegularFile(json), "the missing receipt is back");
            assertEquals(0, check.repair(), "nothing left to repair");
        }
    }

    private static List<Path> receipts(Path dir, String ending) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }
}
