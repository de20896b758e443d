-- 比率指标的数值等于分子之和除以分母之和（乘以换算系数），各级一致
SELECT v.period_code, v.entity_type, v.entity_code, v.indicator, v.value, v.numerator, v.denominator
FROM marts.indicator_value v
JOIN (SELECT code, max(scale) AS scale FROM staged.indicator WHERE kind = 'indicator' AND denominator IS NOT NULL
      GROUP BY code) i ON i.code = v.indicator
WHERE v.denominator IS NOT NULL AND v.denominator <> 0 AND v.value IS NOT NULL
  AND abs(v.value - v.numerator / v.denominator * i.scale) > 1e-6 * greatest(1, abs(v.value));
