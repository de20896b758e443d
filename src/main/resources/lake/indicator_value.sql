-- Every indicator of every hospital, county, city and province, year to date.
SELECT i.run_id, i.entity_type, i.entity_code, i.indicator, i.numerator, i.denominator, i.value,
       i.reporting, i.expected, i.provisional,
       i.period_code,
       CASE WHEN i.entity_type = 'hospital' THEN h.region_code ELSE i.entity_code END AS region_code
FROM marts.indicator_value i
LEFT JOIN staged.hospital h ON i.entity_type = 'hospital' AND h.code = i.entity_code
