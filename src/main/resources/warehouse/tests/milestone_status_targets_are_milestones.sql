-- 规划任务状态只针对目录中的定性承诺（milestone），且每个报告的状态都来自在用的报送
SELECT m.period_code, m.target_code, m.entity_code
FROM marts.milestone_status m
WHERE NOT EXISTS (SELECT 1 FROM staged.target t WHERE t.target_code = m.target_code AND t.kind = 'milestone')
   OR (m.state IS NOT NULL AND m.status <> 'no_data' AND NOT EXISTS (
        SELECT 1 FROM marts.current_milestone_report c
        WHERE c.target_code = m.target_code AND c.reporter_code = m.entity_code));
