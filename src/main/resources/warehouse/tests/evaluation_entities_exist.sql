-- 评价对象（医院或区划）都在登记表中
SELECT e.period_code, e.target_code, e.entity_type, e.entity_code
FROM marts.evaluation e
WHERE (e.entity_type = 'hospital' AND NOT EXISTS (SELECT 1 FROM staged.hospital h WHERE h.code = e.entity_code))
   OR (e.entity_type <> 'hospital' AND NOT EXISTS (SELECT 1 FROM staged.region r WHERE r.code = e.entity_code));
