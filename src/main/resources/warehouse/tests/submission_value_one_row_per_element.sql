-- 每份报送的每个指标只有一个数值
SELECT submission_id, element_code, count(*) AS rows
FROM staged.submission_value
GROUP BY submission_id, element_code
HAVING count(*) > 1
