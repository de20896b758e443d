-- One human name per run: 运行 #n, numbered in the order runs were first started. A run is its run key
-- (the "run" job parameter: N20261129, R20261129T101500, DEMO-2026Q3…), shared by the nightly job, its
-- stage jobs and every restart, so all of them carry the same number. See io.hqd.run.RunName.
CREATE TABLE ops.run_name (
    run_key     VARCHAR PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    period_code VARCHAR,                 -- the first period a job of this run was started for (an ingest has none)
    created_at  TIMESTAMP NOT NULL
);

-- Runs recorded before this table existed are numbered in the order they were first started.
INSERT INTO ops.run_name
SELECT run_name, CAST(row_number() OVER (ORDER BY min(execution_id)) AS INTEGER),
       min(period_code), min(started_at)
FROM ops.run GROUP BY run_name;
