-- 评价结果引用的目标都在计划目录中
SELECT e.period_code, e.target_code, e.entity_code
FROM marts.evaluation e
WHERE NOT EXISTS (SELECT 1 FROM staged.target t WHERE t.target_code = e.target_code);
