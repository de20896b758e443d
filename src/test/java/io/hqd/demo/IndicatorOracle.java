package io.hqd.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.warehouse.Periods;

/**
 * An independent recomputation of every row of marts.indicator_value for one period (every indicator, and every
 * data element a target names, for every hospital, county, city and province, year to date, with coverage), in
 * plain SQL over the staged cell layer, written apart from IndicatorCalculator and the marts' views. Its rules,
 * stated simply:
 * <ol>
 * <li>A cell's value is the newest version (accepted or partly accepted, not after the lock) of the report that
 * holds it.</li>
 * <li>A figure has a first half (the element itself, or the indicator's numerator) and maybe a second half (the
 * denominator). A half whose element is a stock (period aggregation "latest") counts only the period's own
 * quarter; a flow adds up the quarters of the year to date. When every half is a stock only the period's own
 * quarter is expected; otherwise every quarter of the year to date is.</li>
 * <li>For one reporter (hospital or bureau), a quarter is covered when every half has a value for it; the
 * reporter has a figure when some quarter is covered and, if a half is a stock, the period's own quarter is.</li>
 * <li>Hospital-level figures: a hospital's own; a county, city or province uses every hospital inside it.
 * Region-level figures (reported by bureaus): the region's own report when it gives a value (or it has no
 * districts); else its districts, each district by its own report when it reported any quarter of the year to
 * date (or has no districts of its own), else by its districts.</li>
 * <li>Over the reporters of a figure: with a denominator, the sum of first halves over the sum of second halves
 * times the scale; without one, a single reporter's figure (times the scale unless it is an element), a sum
 * (aggregation "sum") added up, a largest (aggregation "max", as the catalog defines it) the largest reporter's figure,
 * a yes/no flag the share (%) of reporting reporters that have it, anything else
 * the mean over the reporting reporters.</li>
 * <li>A row exists when at least one reporter has a figure; covered and expected quarters add up over all the
 * reporters; the figure is provisional when fewer quarters are covered than expected.</li>
 * </ol>
 */
final class IndicatorOracle {
    private IndicatorOracle() {
    }

    private static final String FIGURES = """
            WITH versions AS (
                SELECT s.reporter_code AS r, p.year, p.quarter, v.element_code AS e, v.value,
                       ROW_NUMBER() OVER (PARTITION BY s.reporter_code, s.period_code, v.element_code
                                          ORDER BY s.received_at DESC, s.submission_id DESC) AS n
                FROM staged.submission s
                JOIN staged.submission_value v ON v.submission_id = s.submission_id
                JOIN staged.period p ON p.period_code = s.period_code
                WHERE s.status <> 'rejected' AND NOT s.after_lock
            ), cell AS (
                SELECT r, year, quarter, e, value FROM versions WHERE n = 1 AND value IS NOT NULL
            ), def AS (
                SELECT * FROM staged.indicator
                WHERE (valid_from IS NULL OR valid_from <= {y}) AND (valid_to IS NULL OR valid_to >= {y})
            ), fig AS (
                SELECT i.code, i.level, i.kind = 'element' AS is_element, i.aggregation AS agg, i.scale,
                       CASE WHEN i.kind = 'element' THEN i.code ELSE i.numerator END AS num,
                       CASE WHEN i.kind = 'element' THEN NULL ELSE i.denominator END AS den
                FROM def i
                WHERE i.kind = 'indicator'
                   OR i.code IN (SELECT indicator FROM staged.target WHERE kind <> 'milestone')
            ), fig2 AS (
                SELECT fig.*, n.period_aggregation = 'latest' AS num_stock,
                       COALESCE(d.period_aggregation = 'latest', false) AS den_stock
                FROM fig JOIN def n ON n.code = fig.num LEFT JOIN def d ON d.code = fig.den
            ), reporter AS (
                SELECT code AS r FROM staged.hospital UNION SELECT code FROM staged.region
            ), slot AS (
                SELECT reporter.r, f.code, q.quarter, f.num_stock, f.den_stock, nc.value AS nv, dc.value AS dv,
                       nc.value IS NOT NULL AND (f.den IS NULL OR dc.value IS NOT NULL) AS both_halves
                FROM reporter CROSS JOIN fig2 f CROSS JOIN range(1, {q} + 1) q(quarter)
                LEFT JOIN cell nc ON nc.r = reporter.r AND nc.year = {y} AND nc.quarter = q.quarter AND nc.e = f.num
                LEFT JOIN cell dc ON dc.r = reporter.r AND dc.year = {y} AND dc.quarter = q.quarter AND dc.e = f.den
                WHERE NOT (f.num_stock AND (f.den IS NULL OR f.den_stock)) OR q.quarter = {q}
            ), own AS (
                SELECT r, code,
                       COUNT(*) FILTER (WHERE both_halves) AS covered, COUNT(*) AS expected,
                       COUNT(*) FILTER (WHERE both_halves) > 0
                           AND (NOT (bool_or(num_stock) OR bool_or(den_stock))
                                OR bool_or(both_halves AND quarter = {q})) AS has_figure,
                       CASE WHEN bool_or(num_stock) THEN max(nv) FILTER (WHERE both_halves AND quarter = {q})
                            ELSE SUM(nv) FILTER (WHERE both_halves) END AS n,
                       CASE WHEN bool_or(den_stock) THEN max(dv) FILTER (WHERE both_halves AND quarter = {q})
                            ELSE SUM(dv) FILTER (WHERE both_halves) END AS d
                FROM slot GROUP BY r, code
            ), hosp AS (
                SELECT DISTINCT x.code AS h, x.region_code
                FROM staged.hospital x JOIN staged.hospital_attribute a ON a.hospital_code = x.code
                WHERE a.valid_from <= DATE '{end}' AND (a.valid_to IS NULL OR a.valid_to > DATE '{end}')
            ), anc AS (
                SELECT hosp.h, r1.code AS a FROM hosp JOIN staged.region r1 ON r1.code = hosp.region_code
                UNION ALL
                SELECT hosp.h, r1.parent_code FROM hosp JOIN staged.region r1 ON r1.code = hosp.region_code
                WHERE r1.parent_code IS NOT NULL
                UNION ALL
                SELECT hosp.h, r2.parent_code FROM hosp JOIN staged.region r1 ON r1.code = hosp.region_code
                JOIN staged.region r2 ON r2.code = r1.parent_code WHERE r2.parent_code IS NOT NULL
            ), reported_in_year AS (
                SELECT DISTINCT r FROM cell WHERE year = {y} AND quarter <= {q}
            ), leaf AS (
                SELECT code FROM staged.region WHERE code NOT IN (SELECT parent_code FROM staged.region
                                                                  WHERE parent_code IS NOT NULL)
            ), own_value AS (
                SELECT o.r, o.code FROM own o JOIN fig2 f ON f.code = o.code
                WHERE o.has_figure AND (f.den IS NULL OR o.d <> 0)
            ), child_reporter AS (   -- a district standing for itself, else its own districts
                SELECT c.parent_code AS region, c.code AS r FROM staged.region c
                WHERE c.parent_code IS NOT NULL
                  AND (c.code IN (SELECT r FROM reported_in_year) OR c.code IN (SELECT code FROM leaf))
                UNION ALL
                SELECT c.parent_code, g.code FROM staged.region c JOIN staged.region g ON g.parent_code = c.code
                WHERE c.parent_code IS NOT NULL
                  AND c.code NOT IN (SELECT r FROM reported_in_year) AND c.code NOT IN (SELECT code FROM leaf)
            ), members AS (
                SELECT hosp.h AS entity, f.code, hosp.h AS r FROM hosp CROSS JOIN fig2 f WHERE f.level = 'hospital'
                UNION ALL
                SELECT anc.a, f.code, anc.h FROM anc CROSS JOIN fig2 f WHERE f.level = 'hospital'
                UNION ALL
                SELECT g.code, f.code, g.code FROM staged.region g CROSS JOIN fig2 f
                WHERE f.level = 'region' AND (EXISTS (SELECT 1 FROM own_value v WHERE v.r = g.code AND v.code = f.code)
                                             OR g.code IN (SELECT code FROM leaf))
                UNION ALL
                SELECT c.region, f.code, c.r FROM child_reporter c CROSS JOIN fig2 f
                WHERE f.level = 'region' AND NOT EXISTS (SELECT 1 FROM own_value v WHERE v.r = c.region AND v.code = f.code)
            ), combined AS (
                SELECT m.entity, m.code, COUNT(*) AS size,
                       COUNT(*) FILTER (WHERE o.has_figure) AS reporting,
                       SUM(o.n) FILTER (WHERE o.has_figure) AS n, SUM(o.d) FILTER (WHERE o.has_figure) AS d,
                       MAX(o.n) FILTER (WHERE o.has_figure) AS top,
                       SUM(o.covered) AS covered, SUM(o.expected) AS expected
                FROM members m JOIN own o ON o.r = m.r AND o.code = m.code GROUP BY m.entity, m.code
            ), oracle AS (
                SELECT c.entity, c.code, c.size, c.reporting, c.covered, c.expected, c.covered < c.expected AS provisional,
                       CASE WHEN f.den IS NOT NULL THEN 'ratio' WHEN c.size = 1 OR f.agg = 'sum' THEN 'sum'
                            WHEN f.agg = 'max' THEN 'largest' WHEN f.agg = 'flag' THEN 'flag share' ELSE 'mean' END AS rule,
                       f.level || '-level ' || CASE WHEN f.den IS NOT NULL THEN 'ratio' WHEN f.is_element THEN 'element'
                            ELSE 'single-element indicator' END AS family,
                       CASE WHEN f.den IS NULL AND c.size > 1 AND f.agg = 'max' THEN c.top ELSE c.n END AS num,
                       CASE WHEN f.den IS NOT NULL THEN c.d WHEN c.size = 1 OR f.agg IN ('sum', 'max') THEN NULL
                            ELSE c.reporting END AS den,
                       CASE WHEN f.den IS NOT NULL THEN (CASE WHEN c.d = 0 THEN NULL ELSE c.n / c.d * f.scale END)
                            WHEN c.size = 1 OR f.agg = 'sum' THEN c.n * (CASE WHEN f.is_element THEN 1 ELSE f.scale END)
                            WHEN f.agg = 'max' THEN c.top
                            WHEN f.agg = 'flag' THEN c.n / c.reporting * 100
                            ELSE c.n / c.reporting END AS value
                FROM combined c JOIN fig2 f ON f.code = c.code
                WHERE c.reporting > 0
            ), mart AS (
                SELECT * FROM marts.indicator_value WHERE period_code = '{p}'
            )
            """;

    private static final String DISAGREEMENTS = FIGURES + """
            SELECT COALESCE(o.entity, m.entity_code) || ' ' || COALESCE(o.code, m.indicator) || ' (' || COALESCE(o.rule, '-')
                   || ') oracle ' || COALESCE(CAST(o.num AS VARCHAR), '-') || '/' || COALESCE(CAST(o.den AS VARCHAR), '-')
                   || '=' || COALESCE(CAST(o.value AS VARCHAR), '-')
                   || ' reporting ' || COALESCE(CAST(o.reporting AS VARCHAR), '-') || '/' || COALESCE(CAST(o.size AS VARCHAR), '-')
                   || ' covering ' || COALESCE(CAST(o.covered AS VARCHAR), '-') || '/' || COALESCE(CAST(o.expected AS VARCHAR), '-')
                   || ' mart ' || COALESCE(CAST(m.numerator AS VARCHAR), '-') || '/' || COALESCE(CAST(m.denominator AS VARCHAR), '-')
                   || '=' || COALESCE(CAST(m.value AS VARCHAR), '-')
                   || ' reporting ' || COALESCE(CAST(m.reporting AS VARCHAR), '-') || '/' || COALESCE(CAST(m.expected AS VARCHAR), '-')
                   || ' covering ' || COALESCE(CAST(m.quarters_covered AS VARCHAR), '-') || '/'
                   || COALESCE(CAST(m.quarters_expected AS VARCHAR), '-') || ' provisional ' || COALESCE(CAST(m.provisional AS VARCHAR), '-')
            FROM oracle o
            FULL JOIN mart m ON m.entity_code = o.entity AND m.indicator = o.code
            WHERE NOT COALESCE(
                o.entity IS NOT NULL AND m.entity_code IS NOT NULL
                AND {near(o.num, m.numerator)} AND {near(o.den, m.denominator)} AND {near(o.value, m.value)}
                AND o.reporting = m.reporting AND o.size = m.expected AND o.covered = m.quarters_covered AND o.expected = m.quarters_expected
                AND o.provisional = m.provisional,
                false)
            ORDER BY 1
            """.replace("{near(o.num, m.numerator)}", near("o.num", "m.numerator"))
            .replace("{near(o.den, m.denominator)}", near("o.den", "m.denominator"))
            .replace("{near(o.value, m.value)}", near("o.value", "m.value"));

    private static final String FAMILIES = FIGURES + """
            SELECT o.family, COUNT(*) FROM oracle o JOIN mart m ON m.entity_code = o.entity AND m.indicator = o.code
            GROUP BY o.family
            UNION ALL
            SELECT 'region-level built from districts', COUNT(*)
            FROM oracle o JOIN mart m ON m.entity_code = o.entity AND m.indicator = o.code
            WHERE o.family LIKE 'region-level%'
              AND NOT EXISTS (SELECT 1 FROM own_value v WHERE v.r = o.entity AND v.code = o.code)
            UNION ALL
            SELECT 'provisional', COUNT(*) FROM oracle o JOIN mart m ON m.entity_code = o.entity AND m.indicator = o.code
            WHERE o.provisional
            ORDER BY 1
            """;

    /** Both null, or both present and equal to a relative 1e-6. */
    private static String near(String a, String b) {
        return "((" + a + " IS NULL AND " + b + " IS NULL) OR abs(" + a + " - " + b + ") <= 1e-6 * greatest(1, abs(" + a + ")))";
    }

    private static String bind(String sql, Periods period) {
        return sql.replace("{y}", String.valueOf(period.year())).replace("{q}", String.valueOf(period.quarter()))
                .replace("{end}", period.end().toString()).replace("{p}", period.code());
    }

    /** Every indicator value of the period where the marts and the oracle disagree (or only one has it), in words. */
    static List<String> disagreements(DSLContext dsl, Periods period) {
        return dsl.fetch(bind(DISAGREEMENTS, period)).map(r -> r.get(0, String.class));
    }

    /**
     * How many mart rows the oracle matched, per family (hospital- or region-level; ratio, element, or indicator
     * of one element), and how many of them are region-level figures built from districts and provisional figures,
     * so that a vacuous comparison of any family cannot pass.
     */
    static Map<String, Integer> checkedByFamily(DSLContext dsl, Periods period) {
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.fetch(bind(FAMILIES, period)).forEach(r -> out.put(r.get(0, String.class), r.get(1, Integer.class)));
        return out;
    }
}
