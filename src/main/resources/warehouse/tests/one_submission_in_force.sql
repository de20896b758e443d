-- 同一报送单位同一期最多只有一份有效报送（其余已被替代或退回）
SELECT reporter_code, period_code, count(*) AS in_force
FROM staged.submission
WHERE status <> 'rejected' AND superseded_by IS NULL
GROUP BY reporter_code, period_code
HAVING count(*) > 1;
