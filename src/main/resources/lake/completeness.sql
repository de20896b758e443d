-- One row per expected hospital and period: the submission in force, else the latest attempt, else none.
SELECT c.hospital_code, c.hospital_name, c.submission_id, c.original_name, c.status, c.late, c.received_at,
       c.period_code, c.region_code
FROM marts.completeness c
