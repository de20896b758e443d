-- marts.figure_reporter becomes a view: at province scale the table held ~800,000 rows per period, nearly all of them
-- a region's figure of a hospital-level indicator listing every hospital of the region once per indicator. What is
-- stored now is what cannot be derived: the bureaus of each region-level figure (marts.figure_bureau) and each
-- region's hospitals on the period's end (marts.region_hospital, once per region, not once per figure). The view
-- gives readers (`hqd trace`, the workbooks' lineage sheets) the same rows the table held.
CREATE TABLE marts.figure_bureau (
    run_id        VARCHAR NOT NULL,
    period_code   VARCHAR NOT NULL,     -- the year-to-date period of the figure
    entity_code   VARCHAR NOT NULL,     -- the region the figure is about
    indicator     VARCHAR NOT NULL,     -- a region-level indicator
    reporter_code VARCHAR NOT NULL,     -- the bureau itself when it reported, else a child bureau the figure adds up
    PRIMARY KEY (period_code, entity_code, indicator, reporter_code)
);

CREATE TABLE marts.region_hospital (
    period_code   VARCHAR NOT NULL,     -- the year-to-date period of the figures
    region_code   VARCHAR NOT NULL,     -- a county, city or the province
    hospital_code VARCHAR NOT NULL,     -- a hospital registered in it on the period's end
    PRIMARY KEY (period_code, region_code, hospital_code)
);

-- Existing rows: a reporter that is a region is a bureau; the others are hospitals of a hospital-level figure.
INSERT INTO marts.figure_bureau
SELECT run_id, period_code, entity_code, indicator, reporter_code FROM marts.figure_reporter
WHERE reporter_code IN (SELECT code FROM staged.region);

INSERT INTO marts.region_hospital
SELECT DISTINCT period_code, entity_code, reporter_code FROM marts.figure_reporter
WHERE entity_code IN (SELECT code FROM staged.region) AND reporter_code NOT IN (SELECT code FROM staged.region);

DROP TABLE marts.figure_reporter;

-- Whose cells make each figure of marts.indicator_value: a hospital's figure, the hospital itself; a region-level
-- figure, its bureaus as evaluation listed them; a region's figure of a hospital-level indicator (one with no
-- bureaus listed), every hospital of the region. The run is the figure's own.
CREATE VIEW marts.figure_reporter AS
SELECT run_id, period_code, entity_code, indicator, reporter_code
FROM marts.figure_bureau
UNION ALL
SELECT v.run_id, v.period_code, v.entity_code, v.indicator, v.entity_code AS reporter_code
FROM marts.indicator_value v
WHERE v.entity_type = 'hospital'
UNION ALL
SELECT v.run_id, v.period_code, v.entity_code, v.indicator, m.hospital_code AS reporter_code
FROM marts.indicator_value v
JOIN marts.region_hospital m ON m.period_code = v.period_code AND m.region_code = v.entity_code
WHERE v.entity_type <> 'hospital'
  AND NOT EXISTS (SELECT 1 FROM marts.figure_bureau b
                  WHERE b.period_code = v.period_code AND b.entity_code = v.entity_code AND b.indicator = v.indicator);
