package io.hqd.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

import org.jooq.DSLContext;

import io.hqd.home.HqdHome;
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

    @Override
    public void close() {
        warehouse.close();
    }
}
