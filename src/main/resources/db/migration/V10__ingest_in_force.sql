-- A file received after its period was locked is kept as a labelled after-lock version awaiting
-- review; it does not change the locked figures. Only the in-force submission counts.
CREATE OR REPLACE VIEW marts.current_value AS
SELECT s.reporter_type, s.reporter_code, s.period_code, p.year, p.quarter,
       v.element_code, v.value, s.submission_id, s.original_name, v.sheet, v.cell
FROM staged.submission s
JOIN staged.submission_value v ON v.submission_id = s.submission_id
JOIN staged.period p ON p.period_code = s.period_code
WHERE s.status <> 'rejected' AND s.superseded_by IS NULL AND NOT s.after_lock;

-- One row per expected hospital and period: the submission in force, else the latest rejected or
-- after-lock attempt (so a rejected file shows as 退回 rather than as nothing), else no submission.
CREATE OR REPLACE VIEW marts.completeness AS
WITH ranked AS (
    SELECT s.*, ROW_NUMBER() OVER (
        PARTITION BY s.reporter_code, s.period_code
        ORDER BY CASE WHEN s.status <> 'rejected' AND s.superseded_by IS NULL AND NOT s.after_lock THEN 0 ELSE 1 END,
                 s.received_at DESC, s.submission_id) AS rn
    FROM staged.submission s
    WHERE s.reporter_type = 'hospital'
)
SELECT p.period_code, h.code AS hospital_code, h.name AS hospital_name, h.region_code,
       s.submission_id, s.original_name, s.status, s.late, s.received_at
FROM staged.period p
JOIN staged.hospital h ON EXISTS (
    SELECT 1 FROM staged.hospital_attribute a
    WHERE a.hospital_code = h.code AND a.valid_from <= p.end_date
      AND (a.valid_to IS NULL OR a.valid_to > p.end_date))
LEFT JOIN ranked s ON s.reporter_code = h.code AND s.period_code = p.period_code AND s.rn = 1;
