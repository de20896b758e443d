-- What the reference tables (staged.region, hospital, hospital_attribute, indicator, plan, target, period) were last
-- loaded from, so a job whose catalog, registry and open periods are unchanged skips reloading them: each job of a
-- nightly refreshed them, seconds of DuckDB work three times a night (io.hqd.warehouse.ReferenceLoader).
CREATE TABLE ops.reference_load (
    source    VARCHAR NOT NULL,     -- hash of the rows the catalog and registry give, the build, the last period, due days
    tables    VARCHAR NOT NULL,     -- row count and row-hash sum of each reference table right after the load
    loaded_at TIMESTAMP NOT NULL
);
