-- 区县、市对医院目标的汇总行统计的适用医院数和达标医院数与逐家医院的评价一致
SELECT e.period_code, e.target_code, e.entity_code, e.hospitals_in_scope, e.hospitals_met
FROM marts.evaluation e
WHERE e.entity_type = 'county' AND e.hospitals_in_scope IS NOT NULL
  AND (e.hospitals_in_scope <> (SELECT count(*) FROM marts.evaluation h JOIN staged.hospital x ON x.code = h.entity_code
                                WHERE h.period_code = e.period_code AND h.target_code = e.target_code
                                  AND h.entity_type = 'hospital' AND x.region_code = e.entity_code)
    OR e.hospitals_met <> (SELECT count(*) FROM marts.evaluation h JOIN staged.hospital x ON x.code = h.entity_code
                           WHERE h.period_code = e.period_code AND h.target_code = e.target_code
                             AND h.entity_type = 'hospital' AND x.region_code = e.entity_code AND h.status = 'met'));
