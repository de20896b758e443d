package io.hqd.report;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;
import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalRegistry;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;

/**
 * A small but real warehouse for report tests: 雅安市 hospitals in three of its counties, quarterly submissions
 * with cell lineage, year-to-date indicator values for hospitals, counties and the city over eight
 * quarters, and evaluation rows for the bundled YA2022 targets. Figures are derived from the
 * submitted elements, so every level agrees.
 */
public final class ReportFixture {
    public static final Periods PERIOD = Periods.parse("2026Q3");
    public static final String CITY = "511800";
    /** Reports nothing for 2026Q3: its rows are 无数据 and the city's figures provisional. */
    public static final String SILENT = "H51180022";
    /** Reports 2026Q3 late. */
    public static final String LATE = "H51180012";
    static final String[] COUNTIES = {"511802", "511803", "511822"};
    static final String[] ELEMENTS = {"drg_weight_total", "drg_cases", "surgery_ops", "surgery_mis_ops",
            "surgery_grade4_ops", "daysurgery_ops", "elective_ops", "cp_discharges", "discharges"};

    final List<HospitalVersion> hospitals = new ArrayList<>();
    final Catalog catalog = CatalogLoader.loadBundled();
    private final Map<String, Double> elements = new HashMap<>(); // hospital|period|element

    public ReportFixture(HqdHome home, boolean demo) throws Exception {
        LocalDate from = LocalDate.of(2018, 1, 1);
        hospitals.add(new HospitalVersion("H51180001", "雅安市人民医院", CITY, from, null, "三级", "甲", "综合", "公立", "市"));
        hospitals.add(new HospitalVersion("H51180002", "雅安市中医医院", CITY, from, null, "三级", "甲", "中医", "公立", "市"));
        String[] names = {"人民医院", "中医医院", "妇幼保健院", "第二人民医院"};
        String[] types = {"综合", "中医", "妇幼", "综合"};
        String[] county = {"雨城区", "名山区", "荥经县"};
        int n = 10;
        for (int c = 0; c < COUNTIES.length; c++) {
            for (int k = 0; k < names.length; k++) {
                hospitals.add(new HospitalVersion("H5118" + String.format("%04d", ++n), county[c] + names[k],
                        COUNTIES[c], from, null, "二级", k == 3 ? "乙" : "甲", types[k], "公立", "县"));
            }
        }
        HospitalRegistry.write(home.hospitalRegistry(), hospitals);
        if (demo) {
            Files.writeString(home.settings(), "hqd.demo=true\n");
        }
    }

    /** Loads reference data, submissions, indicator values and evaluations into the warehouse. */
    public void load(DSLContext dsl) {
        new ReferenceLoader(dsl).load(catalog, hospitals, LocalDate.of(2026, 11, 23), 15);
        Periods first = Periods.parse("2025Q1");
        List<Periods> quarters = new ArrayList<>();
        for (Periods p = first; p.compareTo(PERIOD) <= 0; p = p.next()) {
            quarters.add(p);
        }
        var sub = dsl.insertInto(SUBMISSION, SUBMISSION.SUBMISSION_ID, SUBMISSION.REPORTER_TYPE, SUBMISSION.REPORTER_CODE,
                SUBMISSION.PERIOD_CODE, SUBMISSION.ORIGINAL_NAME, SUBMISSION.RECEIVED_AT, SUBMISSION.STATUS, SUBMISSION.LATE,
                SUBMISSION.AFTER_LOCK);
        var val = dsl.insertInto(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID, SUBMISSION_VALUE.ELEMENT_CODE,
                SUBMISSION_VALUE.VALUE, SUBMISSION_VALUE.SHEET, SUBMISSION_VALUE.CELL);
        for (HospitalVersion h : hospitals) {
            for (Periods p : quarters) {
                if (h.code().equals(SILENT) && p.equals(PERIOD)) {
                    continue;
                }
                String id = "sub-" + h.code() + "-" + p.code();
                boolean late = h.code().equals(LATE) && p.equals(PERIOD);
                sub = sub.values(id, "hospital", h.code(), p.code(), h.name() + "_" + p.code() + ".xlsx",
                        p.end().plusDays(late ? 25 : 10).atTime(9, 30), "accepted", late, false);
                for (int e = 0; e < ELEMENTS.length; e++) {
                    double v = element(h, p, ELEMENTS[e]);
                    elements.put(h.code() + "|" + p.code() + "|" + ELEMENTS[e], v);
                    val = val.values(id, ELEMENTS[e], v, "填报表", "C" + (5 + e));
                }
            }
        }
        sub.execute();
        val.execute();
        loadIndicatorValues(dsl, quarters);
        loadEvaluations(dsl);
    }

    /** Deterministic element figures that differ by hospital, tier and quarter. */
    private static double element(HospitalVersion h, Periods p, String e) {
        int seed = Math.abs((h.code() + e).hashCode() % 97);
        boolean tertiary = h.tier().equals("三级");
        double discharges = (tertiary ? 9000 : 2500) + seed * 13 + p.quarter() * 50;
        double ops = discharges * (0.30 + seed / 400.0);
        double growth = 1 + (p.year() - 2025) * 0.05 + p.quarter() * 0.01;
        return Math.rint(switch (e) {
            case "discharges" -> discharges;
            case "drg_cases" -> discharges * 0.9;
            case "drg_weight_total" -> discharges * 0.9 * (tertiary ? 1.6 : 0.95) * growth * (0.9 + seed / 300.0) * 100;
            case "surgery_ops" -> ops;
            case "surgery_mis_ops" -> ops * (tertiary ? 0.24 : 0.18) * growth * (0.8 + seed / 200.0);
            case "surgery_grade4_ops" -> ops * (tertiary ? 0.45 : 0.28) * growth * (0.8 + seed / 200.0);
            case "elective_ops" -> ops * 0.6;
            case "daysurgery_ops" -> ops * 0.6 * 0.15 * growth * (0.8 + seed / 150.0);
            case "cp_discharges" -> discharges * (tertiary ? 0.45 : 0.6) * growth * (0.85 + seed / 400.0);
            default -> throw new IllegalArgumentException(e);
        }) / (e.equals("drg_weight_total") ? 100.0 : 1.0);
    }

    private Indicator indicator(String code) {
        return catalog.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /** Year-to-date ratio of sums over the hospitals given; null when none reported. */
    double[] ytd(String indicator, List<HospitalVersion> group, Periods period) {
        Indicator ind = indicator(indicator);
        double num = 0;
        double den = 0;
        int reporting = 0;
        for (HospitalVersion h : group) {
            boolean any = false;
            for (Periods q : period.yearToDate()) {
                Double a = elements.get(h.code() + "|" + q.code() + "|" + ind.numerator());
                Double b = elements.get(h.code() + "|" + q.code() + "|" + ind.denominator());
                if (a != null && b != null) {
                    num += a;
                    den += b;
                    any = any || q.equals(period);
                }
            }
            reporting += any ? 1 : 0;
        }
        return reporting == 0 ? null : new double[] {num, den, num / den * ind.scale(), reporting};
    }

    /** The YA2022 targets on the five key indicators, judged per hospital by tier. */
    static final List<String> TARGETS = List.of("YA2022-01", "YA2022-02", "YA2022-03", "YA2022-04", "YA2022-05",
            "YA2022-06", "YA2022-07", "YA2022-08", "YA2022-09");
    static final List<String> KEY = List.of("cmi", "mis_share", "grade4_share", "daysurgery_share", "cp_share");

    private void loadIndicatorValues(DSLContext dsl, List<Periods> quarters) {
        var ins = dsl.insertInto(INDICATOR_VALUE, INDICATOR_VALUE.RUN_ID, INDICATOR_VALUE.PERIOD_CODE,
                INDICATOR_VALUE.ENTITY_TYPE, INDICATOR_VALUE.ENTITY_CODE, INDICATOR_VALUE.INDICATOR,
                INDICATOR_VALUE.NUMERATOR, INDICATOR_VALUE.DENOMINATOR, INDICATOR_VALUE.VALUE, INDICATOR_VALUE.REPORTING,
                INDICATOR_VALUE.EXPECTED, INDICATOR_VALUE.PROVISIONAL);
        Map<String, List<HospitalVersion>> units = new LinkedHashMap<>();
        units.put("city|" + CITY, hospitals);
        for (String c : COUNTIES) {
            units.put("county|" + c, hospitals.stream().filter(h -> h.regionCode().equals(c)).toList());
        }
        for (HospitalVersion h : hospitals) {
            units.put("hospital|" + h.code(), List.of(h));
        }
        for (Periods p : quarters) {
            for (var u : units.entrySet()) {
                for (String ind : KEY) {
                    double[] v = ytd(ind, u.getValue(), p);
                    if (v == null) {
                        continue;
                    }
                    String[] key = u.getKey().split("\\|");
                    ins = ins.values("E1", p.code(), EntityType.valueOf(key[0]), key[1], ind, v[0], v[1], v[2], (int) v[3],
                            u.getValue().size(), v[3] < u.getValue().size());
                }
            }
        }
        ins.execute();
        loadLineage(dsl, quarters);
    }

    /** The cells behind each hospital figure, as computeIndicators records them: both halves of every quarter used. */
    private void loadLineage(DSLContext dsl, List<Periods> quarters) {
        var ins = dsl.insertInto(INDICATOR_LINEAGE, INDICATOR_LINEAGE.RUN_ID, INDICATOR_LINEAGE.PERIOD_CODE,
                INDICATOR_LINEAGE.REPORTER_CODE, INDICATOR_LINEAGE.INDICATOR, INDICATOR_LINEAGE.PART,
                INDICATOR_LINEAGE.ELEMENT_CODE, INDICATOR_LINEAGE.QUARTER, INDICATOR_LINEAGE.VALUE,
                INDICATOR_LINEAGE.SUBMISSION_ID, INDICATOR_LINEAGE.ORIGINAL_NAME, INDICATOR_LINEAGE.SHEET,
                INDICATOR_LINEAGE.CELL, INDICATOR_LINEAGE.CARRIED);
        List<String> order = List.of(ELEMENTS);
        for (Periods p : quarters) {
            for (HospitalVersion h : hospitals) {
                for (String code : KEY) {
                    Indicator ind = indicator(code);
                    for (Periods q : p.yearToDate()) {
                        Double a = elements.get(h.code() + "|" + q.code() + "|" + ind.numerator());
                        Double b = elements.get(h.code() + "|" + q.code() + "|" + ind.denominator());
                        if (a == null || b == null) {
                            continue;
                        }
                        String id = "sub-" + h.code() + "-" + q.code();
                        String file = h.name() + "_" + q.code() + ".xlsx";
                        ins = ins.values("E1", p.code(), h.code(), code, "numerator", ind.numerator(), q.code(), a, id, file,
                                "填报表", "C" + (5 + order.indexOf(ind.numerator())), false);
                        ins = ins.values("E1", p.code(), h.code(), code, "denominator", ind.denominator(), q.code(), b, id,
                                file, "填报表", "C" + (5 + order.indexOf(ind.denominator())), false);
                    }
                }
            }
        }
        ins.execute();
        // Each hospital figure adds up its own cells: marts.figure_reporter gives that from the hospital's value rows.
    }

    /** Evaluation rows for 2026Q2 and 2026Q3: a simple rule, the report only has to show them faithfully. */
    private void loadEvaluations(DSLContext dsl) {
        var ins = dsl.insertInto(EVALUATION, EVALUATION.RUN_ID, EVALUATION.PERIOD_CODE, EVALUATION.TARGET_CODE,
                EVALUATION.ENTITY_TYPE, EVALUATION.ENTITY_CODE, EVALUATION.ENTITY_NAME, EVALUATION.NUMERATOR,
                EVALUATION.DENOMINATOR, EVALUATION.VALUE, EVALUATION.TARGET_VALUE, EVALUATION.PATH_VALUE,
                EVALUATION.STATUS, EVALUATION.PROVISIONAL, EVALUATION.EVIDENCE);
        for (Periods p : List.of(PERIOD.previous(), PERIOD)) {
            for (Target t : catalog.targets()) {
                if (!TARGETS.contains(t.targetCode())) {
                    continue;
                }
                for (HospitalVersion h : hospitals) {
                    if (t.scope().tier() != null && !t.scope().tier().equals(h.tier())
                            || t.scope().grade() != null && !List.of(t.scope().grade().split("\\|")).contains(h.grade())) {
                        continue;
                    }
                    double[] v = ytd(t.indicator(), List.of(h), p);
                    double target = t.value();
                    double path = target * 0.9;
                    Status status;
                    if (v == null) {
                        status = Status.no_data;
                    } else if (v[2] >= target) {
                        status = Status.met;
                    } else if (v[2] >= path) {
                        status = Status.on_track;
                    } else if (v[2] >= target * 0.75) {
                        status = Status.behind;
                    } else {
                        status = Status.not_met;
                    }
                    ins = ins.values("E1", p.code(), t.targetCode(), EntityType.hospital, h.code(), h.name(),
                            v == null ? null : v[0], v == null ? null : v[1], v == null ? null : v[2], target,
                            v == null ? null : path, status, false, v == null ? "缺少报送数据" : "按进度本期应达 " + path);
                }
            }
        }
        ins.execute();
    }
}
