-- 每个入库数值都能追溯到文件、工作表和单元格
SELECT v.submission_id, v.element_code
FROM staged.submission_value v
LEFT JOIN staged.submission s ON s.submission_id = v.submission_id
WHERE s.submission_id IS NULL OR v.sheet IS NULL OR v.sheet = '' OR v.cell IS NULL OR v.cell = '';
