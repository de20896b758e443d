-- marts.indicator_value and marts.indicator_lineage without their primary-key indexes. Every evaluation deletes and
-- rewrites the period's rows (a nightly recomputes the current period); keeping the index of ~500,000 keys of up to
-- five text columns in step with that took most of the computeIndicators step at province scale, in the appender
-- and above all at commit. The rows are unique by construction (one per figure, one per cell of a figure); the
-- evaluate job checks it before it commits (io.hqd.evaluate.EvaluationStore) and the warehouse's data tests after.
-- The tables are rebuilt with the same columns in the same order (the appender writes by position).
CREATE TABLE marts.indicator_value_rebuilt (
    run_id            VARCHAR NOT NULL,
    period_code       VARCHAR NOT NULL,
    entity_type       VARCHAR NOT NULL,     -- hospital / county / city / province
    entity_code       VARCHAR NOT NULL,
    indicator         VARCHAR NOT NULL,
    numerator         DOUBLE,
    denominator       DOUBLE,
    value             DOUBLE,
    reporting         INTEGER,              -- hospitals whose figures are in the value
    expected          INTEGER,              -- hospitals expected to report
    provisional       BOOLEAN NOT NULL,
    quarters_covered  INTEGER,
    quarters_expected INTEGER,
    missing_note      VARCHAR
);
INSERT INTO marts.indicator_value_rebuilt SELECT * FROM marts.indicator_value;
DROP TABLE marts.indicator_value;
ALTER TABLE marts.indicator_value_rebuilt RENAME TO indicator_value;

CREATE TABLE marts.indicator_lineage_rebuilt (
    run_id        VARCHAR NOT NULL,
    period_code   VARCHAR NOT NULL,     -- the year-to-date period of the figure
    reporter_code VARCHAR NOT NULL,     -- hospital or bureau that reported the cell
    indicator     VARCHAR NOT NULL,
    part          VARCHAR NOT NULL,     -- numerator / denominator
    element_code  VARCHAR NOT NULL,
    quarter       VARCHAR NOT NULL,     -- the quarter the cell belongs to
    value         DOUBLE NOT NULL,
    submission_id VARCHAR NOT NULL,
    original_name VARCHAR NOT NULL,
    sheet         VARCHAR NOT NULL,
    cell          VARCHAR NOT NULL,
    carried       BOOLEAN NOT NULL      -- kept from an earlier version of a partly accepted correction
);
INSERT INTO marts.indicator_lineage_rebuilt SELECT * FROM marts.indicator_lineage;
DROP TABLE marts.indicator_lineage;
ALTER TABLE marts.indicator_lineage_rebuilt RENAME TO indicator_lineage;
