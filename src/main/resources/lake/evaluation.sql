-- Every target x entity x period with its status and evidence.
SELECT e.run_id, e.target_code, e.entity_type, e.entity_code, e.entity_name, e.numerator, e.denominator,
       e.value, e.target_value, e.path_value, e.status, e.provisional, e.evidence,
       e.period_code,
       CASE WHEN e.entity_type = 'hospital' THEN h.region_code ELSE e.entity_code END AS region_code
FROM marts.evaluation e
LEFT JOIN staged.hospital h ON e.entity_type = 'hospital' AND h.code = e.entity_code
