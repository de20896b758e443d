-- Whose cells make each figure of marts.indicator_value: a hospital's figure, the hospital itself; a county, city or
-- province view of a hospital-level indicator, its hospitals; a region-level figure, the bureau itself when it
-- reported, else the child bureaus it was built from. Written where the figure is computed, so the analyst
-- workbook and `hqd trace` join it with marts.indicator_lineage and neither restates the rule.
CREATE TABLE marts.figure_reporter (
    run_id        VARCHAR NOT NULL,
    period_code   VARCHAR NOT NULL,     -- the year-to-date period of the figure
    entity_code   VARCHAR NOT NULL,     -- the hospital or region the figure is about
    indicator     VARCHAR NOT NULL,
    reporter_code VARCHAR NOT NULL,     -- a hospital or bureau whose lineage rows the figure adds up
    PRIMARY KEY (period_code, entity_code, indicator, reporter_code)
);
