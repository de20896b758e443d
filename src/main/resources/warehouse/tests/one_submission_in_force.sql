-- 同一报送单位同一期最多只有一份有效报送（其余已被替代、退回，或为锁定后待审核的版本）
SELECT reporter_code, period_code, count(*) AS in_force
FROM marts.submission_in_force
GROUP BY reporter_code, period_code
HAVING count(*) > 1;
