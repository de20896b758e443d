-- OPS: history of every run as the statisticians see it (Spring Batch keeps its own metadata beside).
CREATE SCHEMA IF NOT EXISTS ops;

CREATE TABLE ops.run (
    execution_id BIGINT PRIMARY KEY,      -- Spring Batch job execution id
    run_name     VARCHAR NOT NULL,        -- the run parameter: N20261123 nightly, R... rerun, I... ingest
    job          VARCHAR NOT NULL,
    period_code  VARCHAR,
    scope        VARCHAR,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR NOT NULL,
    summary      VARCHAR
);

-- Every rendered report, for distribution (manifest) and for "changes since the last pack".
CREATE TABLE ops.report_file (
    run_id      VARCHAR NOT NULL,
    path        VARCHAR NOT NULL,
    recipient   VARCHAR NOT NULL,
    format      VARCHAR NOT NULL,
    pages       INTEGER,
    sha256      VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, path)
);
