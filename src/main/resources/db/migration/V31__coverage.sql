-- Coverage as a first-class fact of every indicator value and evaluation: how many reporter-quarters the
-- figure is built on out of how many it should be, and what is missing in words (empty when complete).
ALTER TABLE marts.indicator_value ADD COLUMN quarters_covered INTEGER;
ALTER TABLE marts.indicator_value ADD COLUMN quarters_expected INTEGER;
ALTER TABLE marts.indicator_value ADD COLUMN missing_note VARCHAR;
ALTER TABLE marts.evaluation ADD COLUMN coverage_note VARCHAR;

-- The one lineage of every hospital-level and bureau-level figure: exactly the cells the value was computed
-- from (a ratio's quarters where both halves were accepted; a stock's latest quarter), read by the analyst
-- workbook and by `hqd trace`. A region's figure is the union of its reporters' rows.
CREATE TABLE marts.indicator_lineage (
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
    carried       BOOLEAN NOT NULL,     -- kept from an earlier version of a partly accepted correction
    PRIMARY KEY (period_code, reporter_code, indicator, part, quarter)
);

-- County and city views of a target that applies to hospitals count hospitals: how many in scope, how many meet it.
ALTER TABLE marts.evaluation ADD COLUMN hospitals_in_scope INTEGER;
ALTER TABLE marts.evaluation ADD COLUMN hospitals_met INTEGER;
