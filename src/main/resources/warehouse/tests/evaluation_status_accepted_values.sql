-- 评价状态只能是：达标、按进度、滞后、未达标、无数据、不适用
SELECT period_code, target_code, entity_code, status
FROM marts.evaluation
WHERE status NOT IN ('met', 'on_track', 'behind', 'not_met', 'no_data', 'not_applicable');
