-- One definition of the submission in force: the latest accepted or partly accepted file of a reporter and
-- period that was not replaced by a later one and did not arrive after the period was locked.
CREATE OR REPLACE VIEW marts.submission_in_force AS
SELECT s.*
FROM staged.submission s
WHERE s.status <> 'rejected' AND s.superseded_by IS NULL AND NOT s.after_lock;

-- The value in force per reporter, period and element: from the submission in force; when that submission
-- was only partly accepted, a cell it failed to deliver keeps the value of the newest earlier accepted
-- version of the same report (carried = true, submission_id names that earlier file) until a valid
-- correction arrives.
CREATE OR REPLACE VIEW marts.current_value AS
WITH versions AS (
    SELECT f.submission_id AS in_force_id, s.submission_id, s.reporter_type, s.reporter_code, s.period_code,
           s.original_name, s.received_at
    FROM marts.submission_in_force f
    JOIN staged.submission s
      ON s.reporter_type = f.reporter_type AND s.reporter_code = f.reporter_code AND s.period_code = f.period_code
     AND s.status <> 'rejected' AND NOT s.after_lock
     AND (s.submission_id = f.submission_id OR (f.status = 'partial' AND s.received_at <= f.received_at))
), candidates AS (
    SELECT v.*, sv.element_code, sv.value, sv.sheet, sv.cell,
           ROW_NUMBER() OVER (PARTITION BY v.in_force_id, sv.element_code
                              ORDER BY CASE WHEN v.submission_id = v.in_force_id THEN 0 ELSE 1 END,
                                       v.received_at DESC, v.submission_id) AS rn
    FROM versions v
    JOIN staged.submission_value sv ON sv.submission_id = v.submission_id
)
SELECT c.reporter_type, c.reporter_code, c.period_code, p.year, p.quarter,
       c.element_code, c.value, c.submission_id, c.original_name, c.sheet, c.cell,
       c.submission_id <> c.in_force_id AS carried
FROM candidates c
JOIN staged.period p ON p.period_code = c.period_code
WHERE c.rn = 1;

-- One row per expected hospital and period: the submission in force, else the latest rejected or
-- after-lock attempt (so a rejected file shows as 退回 rather than as nothing), else no submission.
CREATE OR REPLACE VIEW marts.completeness AS
WITH ranked AS (
    SELECT s.*, ROW_NUMBER() OVER (
        PARTITION BY s.reporter_code, s.period_code
        ORDER BY CASE WHEN f.submission_id IS NOT NULL THEN 0 ELSE 1 END,
                 s.received_at DESC, s.submission_id) AS rn
    FROM staged.submission s
    LEFT JOIN marts.submission_in_force f ON f.submission_id = s.submission_id
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
