package io.hqd.demo;

import java.util.List;

import org.jooq.DSLContext;

import io.hqd.warehouse.Periods;

/**
 * An independent recomputation of every hospital-level ratio indicator, for every hospital, county, city and
 * province, with coverage, in plain SQL over the staged cell layer, written apart from IndicatorCalculator and
 * the marts' views. Its rules, stated simply: a cell's value is the newest accepted or partly accepted version of
 * the report that holds it; a quarter counts only when numerator and denominator both have a value; a stock ratio
 * counts only the period's own quarter; a region adds up its hospitals' numerators and denominators.
 */
final class IndicatorOracle {
    private IndicatorOracle() {
    }

    private static final String SQL = """
            WITH versions AS (
                SELECT s.reporter_code AS r, p.year, p.quarter, v.element_code AS e, v.value,
                       ROW_NUMBER() OVER (PARTITION BY s.reporter_code, s.period_code, v.element_code
                                          ORDER BY s.received_at DESC, s.submission_id DESC) AS n
                FROM staged.submission s
                JOIN staged.submission_value v ON v.submission_id = s.submission_id
                JOIN staged.period p ON p.period_code = s.period_code
                WHERE s.status <> 'rejected' AND NOT s.after_lock
            ), cell AS (
                SELECT r, year, quarter, e, value FROM versions WHERE n = 1
            ), def AS (
                SELECT * FROM staged.indicator
                WHERE (valid_from IS NULL OR valid_from <= {y}) AND (valid_to IS NULL OR valid_to >= {y})
            ), ratio AS (
                SELECT i.code, i.numerator, i.denominator, i.scale, n.period_aggregation = 'latest' AS stock
                FROM def i JOIN def n ON n.code = i.numerator JOIN def d ON d.code = i.denominator
                WHERE i.kind = 'indicator' AND i.level = 'hospital' AND n.period_aggregation = d.period_aggregation
            ), hosp AS (
                SELECT DISTINCT x.code AS h, x.region_code
                FROM staged.hospital x JOIN staged.hospital_attribute a ON a.hospital_code = x.code
                WHERE a.valid_from <= DATE '{end}' AND (a.valid_to IS NULL OR a.valid_to > DATE '{end}')
            ), slot AS (
                SELECT hosp.h, ratio.code, q.quarter, nc.value AS nv, dc.value AS dv
                FROM hosp CROSS JOIN ratio CROSS JOIN range(1, {q} + 1) q(quarter)
                LEFT JOIN cell nc ON nc.r = hosp.h AND nc.year = {y} AND nc.quarter = q.quarter AND nc.e = ratio.numerator
                LEFT JOIN cell dc ON dc.r = hosp.h AND dc.year = {y} AND dc.quarter = q.quarter AND dc.e = ratio.denominator
                WHERE NOT ratio.stock OR q.quarter = {q}
            ), per_h AS (
                SELECT h, code,
                       SUM(nv) FILTER (WHERE nv IS NOT NULL AND dv IS NOT NULL) AS num,
                       SUM(dv) FILTER (WHERE nv IS NOT NULL AND dv IS NOT NULL) AS den,
                       COUNT(*) FILTER (WHERE nv IS NOT NULL AND dv IS NOT NULL) AS covered,
                       COUNT(*) AS expected
                FROM slot GROUP BY h, code
            ), anc AS (
                SELECT hosp.h, r1.code AS a FROM hosp JOIN staged.region r1 ON r1.code = hosp.region_code
                UNION ALL
                SELECT hosp.h, r1.parent_code FROM hosp JOIN staged.region r1 ON r1.code = hosp.region_code
                WHERE r1.parent_code IS NOT NULL
                UNION ALL
                SELECT hosp.h, r2.parent_code FROM hosp JOIN staged.region r1 ON r1.code = hosp.region_code
                JOIN staged.region r2 ON r2.code = r1.parent_code WHERE r2.parent_code IS NOT NULL
            ), oracle AS (
                SELECT h AS entity, code, num, den, covered, expected FROM per_h
                UNION ALL
                SELECT anc.a, code, SUM(num), SUM(den), SUM(covered), SUM(expected)
                FROM per_h JOIN anc ON anc.h = per_h.h GROUP BY anc.a, code
            ), mart AS (
                SELECT * FROM marts.indicator_value
                WHERE period_code = '{p}' AND indicator IN (SELECT code FROM ratio)
            )
            SELECT COALESCE(o.entity, m.entity_code) || ' ' || COALESCE(o.code, m.indicator)
                   || ' oracle ' || COALESCE(CAST(o.num AS VARCHAR), '-') || '/' || COALESCE(CAST(o.den AS VARCHAR), '-')
                   || ' covering ' || COALESCE(CAST(o.covered AS VARCHAR), '-') || '/' || COALESCE(CAST(o.expected AS VARCHAR), '-')
                   || ' mart ' || COALESCE(CAST(m.numerator AS VARCHAR), '-') || '/' || COALESCE(CAST(m.denominator AS VARCHAR), '-')
                   || ' covering ' || COALESCE(CAST(m.quarters_covered AS VARCHAR), '-') || '/'
                   || COALESCE(CAST(m.quarters_expected AS VARCHAR), '-') || ' provisional ' || COALESCE(CAST(m.provisional AS VARCHAR), '-')
            FROM oracle o
            FULL JOIN mart m ON m.entity_code = o.entity AND m.indicator = o.code
            WHERE NOT COALESCE(
                (o.covered = 0 AND m.entity_code IS NULL)
                OR (o.covered > 0 AND m.entity_code IS NOT NULL
                    AND abs(o.num - m.numerator) <= 1e-6 * greatest(1, abs(o.num))
                    AND abs(o.den - m.denominator) <= 1e-6 * greatest(1, abs(o.den))
                    AND o.covered = m.quarters_covered AND o.expected = m.quarters_expected
                    AND (o.covered < o.expected) = m.provisional
                    AND (o.den = 0 OR abs(o.num / o.den * (SELECT scale FROM ratio WHERE ratio.code = o.code) - m.value)
                         <= 1e-6 * greatest(1, abs(m.value)))),
                false)
            ORDER BY 1
            """;

    /** Every hospital-level ratio value of the period where the marts and the oracle disagree, in words. */
    static List<String> disagreements(DSLContext dsl, Periods period) {
        String sql = SQL.replace("{y}", String.valueOf(period.year())).replace("{q}", String.valueOf(period.quarter()))
                .replace("{end}", period.end().toString()).replace("{p}", period.code());
        return dsl.fetch(sql).map(r -> r.get(0, String.class));
    }

    /** How many values the oracle checks (so a vacuous comparison cannot pass). */
    static int checked(DSLContext dsl, Periods period) {
        return dsl.fetch("""
                SELECT 1 FROM marts.indicator_value v JOIN staged.indicator i ON i.code = v.indicator
                WHERE v.period_code = ? AND i.kind = 'indicator' AND i.level = 'hospital' AND i.denominator IS NOT NULL
                """, period.code()).size();
    }
}
