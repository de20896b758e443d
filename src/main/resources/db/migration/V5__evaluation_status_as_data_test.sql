-- marts.evaluation is bulk-loaded through DuckDB's appender, which rejects valid rows against CHECK
-- constraints once a load spans more than one 2048-row chunk. The accepted statuses are therefore a
-- declared data test (warehouse/tests/evaluation_status_accepted_values.sql) instead of a CHECK.
CREATE TABLE marts.evaluation_new (
    run_id        VARCHAR NOT NULL,
    period_code   VARCHAR NOT NULL,
    target_code   VARCHAR NOT NULL,
    entity_type   VARCHAR NOT NULL,
    entity_code   VARCHAR NOT NULL,
    entity_name   VARCHAR NOT NULL,
    numerator     DOUBLE,
    denominator   DOUBLE,
    value         DOUBLE,
    target_value  DOUBLE,
    path_value    DOUBLE,
    status        VARCHAR NOT NULL,
    provisional   BOOLEAN NOT NULL,
    evidence      VARCHAR,
    PRIMARY KEY (period_code, target_code, entity_type, entity_code)
);
INSERT INTO marts.evaluation_new SELECT * FROM marts.evaluation;
DROP TABLE marts.evaluation;
ALTER TABLE marts.evaluation_new RENAME TO evaluation;
