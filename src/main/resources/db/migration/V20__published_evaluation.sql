-- What each rendered pack showed, per region: the baseline for "changes since the last pack".
CREATE TABLE ops.published_evaluation (
    run_id       VARCHAR NOT NULL,
    region_code  VARCHAR NOT NULL,
    period_code  VARCHAR NOT NULL,
    target_code  VARCHAR NOT NULL,
    entity_type  VARCHAR NOT NULL,
    entity_code  VARCHAR NOT NULL,
    entity_name  VARCHAR NOT NULL,
    status       VARCHAR NOT NULL,
    value        DOUBLE,
    published_at TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, region_code, target_code, entity_type, entity_code)
);
