package io.hqd.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import io.hqd.home.HqdHome;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.load.Received;
import io.hqd.ingest.load.Status;
import io.hqd.ingest.load.SubmissionStore;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/** A home whose real warehouse holds the fixture catalog and registry, as ingest tests start from. */
public final class FixtureWarehouse implements AutoCloseable {
    public final HqdHome home;
    public final Warehouse warehouse;
    public final DSLContext dsl;

    public FixtureWarehouse(Path root) {
        home = new HqdHome(root.resolve("home")).ensureLayout();
        warehouse = Warehouse.open(home.warehouseFile());
        dsl = warehouse.dsl();
        new ReferenceLoader(dsl).load(Fixtures.CATALOG, ReferenceLoader.hospitals(home, Fixtures.CATALOG), LocalDate.now(), 15);
    }

    /** A value read from the 填报表 sheet, as the reader hands it on. */
    public static ReadCell value(String element, String cell, String text) {
        return new ReadCell(element, new CellRef("填报表", cell), text, new BigDecimal(text), null);
    }

    /**
     * Stores a file of one accepted hospital submission through the real store: {@code cells} as its raw cells,
     * {@code values} as the submission's values; the file's hash is {@code sha}, which is also the submission's id.
     */
    public List<LoadedSubmission> storeAccepted(String sha, String hospital, String period, List<ReadCell> cells,
                                                List<ReadCell> values) {
        Received r = new Received(Path.of("a.xlsx"), "a.xlsx", sha, 10, LocalDateTime.of(2026, 7, 1, 9, 0), null, null);
        LoadedSubmission s = new LoadedSubmission(sha, ReporterType.HOSPITAL, hospital, period, Status.ACCEPTED, false, false,
                "v1", values, List.of());
        return new SubmissionStore(dsl).store(r, "R1", cells, new FileOutcome(r, false, List.of(s), List.of(), List.of()));
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
