-- 每个报告期、每个对象、每项指标只有一行指标值
SELECT period_code, entity_type, entity_code, indicator, count(*) AS rows
FROM marts.indicator_value
GROUP BY period_code, entity_type, entity_code, indicator
HAVING count(*) > 1
