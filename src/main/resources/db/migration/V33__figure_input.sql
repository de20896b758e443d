-- What each period's figures (marts.indicator_value, indicator_lineage, figure_reporter) were last computed from,
-- as one fingerprint of their inputs: the values in force for the quarters of the period's year to date and the
-- reference data. A nightly that adds a period recomputes that period and any earlier one whose fingerprint
-- changed, and keeps the figures of the others (io.hqd.evaluate.FigureInputs).
CREATE TABLE ops.figure_input (
    period_code  VARCHAR PRIMARY KEY,
    fingerprint  VARCHAR NOT NULL,
    run_id       VARCHAR NOT NULL,     -- the run that computed the period's figures from these inputs
    computed_at  TIMESTAMP NOT NULL
);
