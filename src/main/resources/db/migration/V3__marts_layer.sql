-- MARTS layer: what reports read. Views over staged data, plus evaluation results.
CREATE SCHEMA IF NOT EXISTS marts;

-- The value in force: from the latest non-rejected, non-superseded submission per reporter and period.
CREATE VIEW marts.current_value AS
SELECT s.reporter_type, s.reporter_code, s.period_code, p.year, p.quarter,
       v.element_code, v.value, s.submission_id, s.original_name, v.sheet, v.cell
FROM staged.submission s
JOIN staged.submission_value v ON v.submission_id = s.submission_id
JOIN staged.period p ON p.period_code = s.period_code
WHERE s.status <> 'rejected' AND s.superseded_by IS NULL;

-- Completeness per period and hospital: expected (active in registry), submitted, on time, status.
CREATE VIEW marts.completeness AS
SELECT p.period_code, h.code AS hospital_code, h.name AS hospital_name, h.region_code,
       s.submission_id, s.original_name, s.status, s.late, s.received_at
FROM staged.period p
JOIN staged.hospital h ON EXISTS (
    SELECT 1 FROM staged.hospital_attribute a
    WHERE a.hospital_code = h.code AND a.valid_from <= p.end_date
      AND (a.valid_to IS NULL OR a.valid_to > p.end_date))
LEFT JOIN staged.submission s ON s.reporter_type = 'hospital' AND s.reporter_code = h.code
     AND s.period_code = p.period_code AND s.superseded_by IS NULL;

-- Indicator values per entity (hospital, county, city) and period, year to date; written by the evaluate job.
CREATE TABLE marts.indicator_value (
    run_id         VARCHAR NOT NULL,
    period_code    VARCHAR NOT NULL,
    entity_type    VARCHAR NOT NULL,     -- hospital / county / city / province
    entity_code    VARCHAR NOT NULL,
    indicator      VARCHAR NOT NULL,
    numerator      DOUBLE,
    denominator    DOUBLE,
    value          DOUBLE,
    reporting      INTEGER,              -- hospitals whose figures are in the value
    expected       INTEGER,              -- hospitals expected to report
    provisional    BOOLEAN NOT NULL,
    PRIMARY KEY (period_code, entity_type, entity_code, indicator)
);

-- One row per target x entity x period.
CREATE TABLE marts.evaluation (
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
    path_value    DOUBLE,                -- where the straight path from the baseline says the value should be now
    status        VARCHAR NOT NULL CHECK (status IN ('met', 'on_track', 'behind', 'not_met', 'no_data', 'not_applicable')),
    provisional   BOOLEAN NOT NULL,
    evidence      VARCHAR,               -- human-readable: failing hospitals, previous value, rank, ...
    PRIMARY KEY (period_code, target_code, entity_type, entity_code)
);
