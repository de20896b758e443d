-- Every validated value with its submission (in force or not) and lineage to file, sheet and cell.
-- region_code: the county or city the reporter belongs to (a hospital's region, or the reporting bureau).
SELECT s.submission_id, s.reporter_type, s.reporter_code, v.element_code, v.value,
       s.status, s.late, s.after_lock, s.superseded_by, s.received_at,
       s.original_name, v.sheet, v.cell, s.run_id,
       s.submission_id IN (SELECT f.submission_id FROM marts.submission_in_force f) AS in_force,   -- the one rule
       s.period_code,
       CASE WHEN s.reporter_type = 'hospital' THEN h.region_code ELSE s.reporter_code END AS region_code
FROM staged.submission s
JOIN staged.submission_value v ON v.submission_id = s.submission_id
LEFT JOIN staged.hospital h ON s.reporter_type = 'hospital' AND h.code = s.reporter_code
