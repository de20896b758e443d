-- 覆盖不全（缺季度或缺报）的数值必须标注暂定，并写明缺什么
SELECT period_code, entity_type, entity_code, indicator, quarters_covered, quarters_expected
FROM marts.indicator_value
WHERE quarters_covered < quarters_expected AND (NOT provisional OR missing_note IS NULL OR missing_note = '');
