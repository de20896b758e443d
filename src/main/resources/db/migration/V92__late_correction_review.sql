-- A correction that arrived after its period was locked waits for the city statistician: approved (with a
-- reason) it is in force from the next pack on, and that pack says so; returned, it never counts.
CREATE TABLE ops.late_correction (
    submission_id VARCHAR PRIMARY KEY,
    decision      VARCHAR NOT NULL CHECK (decision IN ('approved', 'returned')),
    reason        VARCHAR NOT NULL,
    decided_by    VARCHAR NOT NULL,
    decided_at    TIMESTAMP NOT NULL
);

-- The submission in force (V30's rule, one addition): the latest accepted or partly accepted file of a
-- reporter and period that was not replaced by a later one and did not arrive after the lock -- unless an
-- after-lock correction of that reporter and period was approved, in which case the latest approved one is.
CREATE OR REPLACE VIEW marts.submission_in_force AS
WITH approved_late AS (
    SELECT s.submission_id, s.reporter_type, s.reporter_code, s.period_code,
           ROW_NUMBER() OVER (PARTITION BY s.reporter_type, s.reporter_code, s.period_code
                              ORDER BY s.received_at DESC, s.submission_id DESC) AS rn
    FROM staged.submission s
    JOIN ops.late_correction c ON c.submission_id = s.submission_id AND c.decision = 'approved'
    WHERE s.after_lock AND s.status <> 'rejected'
)
SELECT s.*
FROM staged.submission s
WHERE s.status <> 'rejected'
  AND (s.submission_id IN (SELECT l.submission_id FROM approved_late l WHERE l.rn = 1)
       OR (s.superseded_by IS NULL AND NOT s.after_lock
           AND NOT EXISTS (SELECT 1 FROM approved_late l
                           WHERE l.reporter_type = s.reporter_type AND l.reporter_code = s.reporter_code
                             AND l.period_code = s.period_code)));

-- V30's value in force, admitting the approved after-lock submission itself (a partly accepted one still
-- carries the cells it failed to deliver from the newest earlier accepted version before the lock).
CREATE OR REPLACE VIEW marts.current_value AS
WITH versions AS (
    SELECT f.submission_id AS in_force_id, s.submission_id, s.reporter_type, s.reporter_code, s.period_code,
           s.original_name, s.received_at
    FROM marts.submission_in_force f
    JOIN staged.submission s
      ON s.reporter_type = f.reporter_type AND s.reporter_code = f.reporter_code AND s.period_code = f.period_code
     AND s.status <> 'rejected' AND (NOT s.after_lock OR s.submission_id = f.submission_id)
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
