-- 每个指标值的溯源中，同一报送单位、分子或分母、季度只有一个单元格
SELECT period_code, reporter_code, indicator, part, quarter, count(*) AS rows
FROM marts.indicator_lineage
GROUP BY period_code, reporter_code, indicator, part, quarter
HAVING count(*) > 1
