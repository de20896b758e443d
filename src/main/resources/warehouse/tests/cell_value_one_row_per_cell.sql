-- 每个文件的每个单元格只入库一次（原始单元格表）
SELECT sha256, sheet, cell, count(*) AS rows
FROM raw.cell_value
GROUP BY sha256, sheet, cell
HAVING count(*) > 1
