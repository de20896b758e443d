-- 评价结果写明了缺少的数据时，必须标注暂定
SELECT period_code, target_code, entity_type, entity_code
FROM marts.evaluation
WHERE coverage_note IS NOT NULL AND coverage_note <> '' AND NOT provisional;
