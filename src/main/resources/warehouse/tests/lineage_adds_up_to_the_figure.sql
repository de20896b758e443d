-- 溯源单元格之和等于医院数值的分子和分母（比率只计分子分母均被接收的季度，存量只计最新季度）
WITH sums AS (
    SELECT period_code, reporter_code, indicator,
           sum(value) FILTER (WHERE part = 'numerator') AS num, sum(value) FILTER (WHERE part = 'denominator') AS den
    FROM marts.indicator_lineage GROUP BY period_code, reporter_code, indicator
)
SELECT v.period_code, v.entity_code, v.indicator, v.numerator, s.num, v.denominator, s.den
FROM marts.indicator_value v
JOIN sums s ON s.period_code = v.period_code AND s.reporter_code = v.entity_code AND s.indicator = v.indicator
WHERE v.entity_type = 'hospital'
  AND (abs(v.numerator - s.num) > 1e-6 * greatest(1, abs(s.num))
       OR (v.denominator IS NOT NULL AND s.den IS NOT NULL AND abs(v.denominator - s.den) > 1e-6 * greatest(1, abs(s.den))));
