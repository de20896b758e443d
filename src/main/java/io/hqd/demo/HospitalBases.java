package io.hqd.demo;

import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Indicator.Aggregation;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/** A hospital's size and kind-specific rules: beds drive volumes, tier and type drive ratios. */
final class HospitalBases implements ValueModel.Bases {

    /** Staff per bed (三级) for head counts that are neither numerator nor base; 二级 get 40%. */
    private static final Map<String, double[]> STAFF_PER_BED = Map.ofEntries(
            Map.entry("staff_masters_plus", new double[] {0.08, 0.2}),
            Map.entry("staff_doctorate", new double[] {0.005, 0.02}),
            Map.entry("staff_senior_full", new double[] {0.02, 0.05}),
            Map.entry("staff_associate_senior", new double[] {0.06, 0.1}),
            Map.entry("national_experts", new double[] {0, 0.002}),
            Map.entry("provincial_experts", new double[] {0.005, 0.02}),
            Map.entry("municipal_experts", new double[] {0.01, 0.04}),
            Map.entry("high_level_talents_provincial", new double[] {0, 0.005}),
            Map.entry("national_leading_talents", new double[] {0, 0.001}),
            Map.entry("cma_committee_leaders", new double[] {0, 0.003}));

    private final HospitalVersion h;
    private final Periods p;
    private final Draws d;
    private final boolean tier3;

    HospitalBases(HospitalVersion h, Periods p, Draws draws) {
        this.h = h;
        this.p = p;
        this.d = draws;
        this.tier3 = "三级".equals(h.tier());
    }

    @Override public String reporter() { return h.code(); }
    @Override public boolean tier3() { return tier3; }
    @Override public String tier() { return h.tier(); }
    @Override public double years() { return p.year() - 2024 + (p.quarter() - 1) / 4.0; }

    private String year() { return String.valueOf(p.year()); }

    private double u(String... key) {
        String[] k = new String[key.length + 1];
        k[0] = h.code();
        System.arraycopy(key, 0, k, 1, key.length);
        return d.unit(k);
    }

    private double between(double lo, double hi, String... key) {
        return lo + (hi - lo) * u(key);
    }

    private double season(String code) {
        return ValueModel.season(d, h.code(), p, code);
    }

    double beds() {
        double[] r = switch (h.type()) {
            case "中医" -> tier3 ? new double[] {500, 1200} : new double[] {150, 450};
            case "专科" -> tier3 ? new double[] {300, 900} : new double[] {150, 400};
            case "妇幼" -> tier3 ? new double[] {300, 700} : new double[] {60, 200};
            default -> tier3 ? ("县".equals(h.adminLevel()) ? new double[] {600, 1200} : new double[] {900, 2400})
                    : new double[] {350, 800};
        };
        if ("一级".equals(h.tier())) {
            r = new double[] {30, 100};
        }
        return Math.round(between(r[0], r[1], "beds") * (1 + 0.02 * (p.year() - 2024)));
    }

    @Override
    public RatioSpec adjust(String indicator, RatioSpec spec) {
        if (indicator.equals("surgery_share")) {
            return switch (h.type()) {
                case "妇幼" -> RatioSpec.of(5, 15, 0.2);
                case "中医" -> RatioSpec.of(15, 30, 0.5);
                case "专科" -> RatioSpec.of(20, 45, 0.5);
                default -> spec;
            };
        }
        return spec;
    }

    @Override
    public Double base(String code, Indicator e, ValueModel.Evaluation ev) {
        return switch (code) {
            case "beds" -> beds();
            case "approved_beds" -> ev.value("beds") * between(0.9, 1.05, code, year());
            case "discharges" -> ev.value("beds") * season(code) * switch (h.type()) {
                case "妇幼" -> between(6, 9, code);
                default -> tier3 ? between(8.5, 11, code) : between(7, 10, code);
            };
            case "outpatient_visits" -> ev.value("beds") * season(code)
                    * ("妇幼".equals(h.type()) ? between(250, 400, code) : tier3 ? between(150, 260, code) : between(120, 250, code));
            case "drg_cases" -> ev.value("discharges") * between(0.85, 0.97, code, p.code());
            case "elective_ops" -> ev.value("surgery_ops") * between(0.6, 0.85, code, p.code());
            case "medical_revenue" -> ev.value("beds") * season(code) * (1 + 0.03 * years())
                    * (tier3 ? between(20, 30, code) : between(9, 15, code))
                    * ("中医".equals(h.type()) ? 0.8 : "妇幼".equals(h.type()) ? 0.9 : 1.0);
            case "total_revenue" -> ev.value("medical_revenue") / between(0.85, 0.93, code, p.code());
            case "total_expenditure" -> ev.value("total_revenue") * between(0.95, 1.02, code, p.code());
            case "medical_activity_cost", "business_expenditure" -> ev.value("total_expenditure") * between(0.85, 0.92, code, p.code());
            case "large_equipment_exams" -> ev.value("outpatient_visits") * between(0.03, 0.06, code, p.code());
            case "drug_varieties" -> tier3 ? between(1100, 1700, code, year()) : between(600, 1000, code, year());
            case "physicians" -> ev.value("beds") * between(0.33, 0.45, code) * between(0.99, 1.03, code, year());
            case "health_tech_staff" -> (ev.value("physicians") + ev.value("nurses")) * between(1.15, 1.3, code);
            case "hospital_entrances" -> tier3 ? Math.floor(between(4, 11, code)) : Math.floor(between(2, 7, code));
            case "staff_associate_senior_plus" -> ev.value("staff_senior_full") + ev.value("staff_associate_senior");
            case "nurses_bachelor_plus" -> ev.value("nurses") * (tier3 ? between(0.45, 0.75, code) : between(0.25, 0.5, code));
            case "appointment_slot_minutes" -> tier3 || u(code) < 0.4 ? 30.0 : 60.0;
            case "business_floor_area" -> ev.value("beds") * between(0.01, 0.014, code);
            case "daysurgery_disease_types" -> tier3 ? Math.floor(between(20, 120, code) + 10 * years()) : Math.floor(between(5, 40, code) + 5 * years());
            default -> {
                double[] f = STAFF_PER_BED.get(code);
                yield f == null ? null : ev.value("beds") * between(f[0], f[1], code) * (tier3 ? 1 : 0.4);
            }
        };
    }

    @Override
    public double generic(Indicator e, ValueModel.Evaluation ev) {
        String code = e.code();
        if (e.aggregation() == Aggregation.flag) {
            return flag(code) ? 1 : 0;
        }
        if (e.aggregation() == Aggregation.level) {
            return level(e);
        }
        if (e.aggregation() == Aggregation.average) {
            double lo = code.equals("emergency_capacity_score") ? 70 : tier3 ? 88 : 85;
            double hi = code.equals("emergency_capacity_score") ? 95 : tier3 ? 95 : 93;
            return Math.min(100, between(lo, hi, code) + 0.3 * years() + between(-0.5, 0.5, code, p.code()));
        }
        if (e.aggregation() == Aggregation.max) {
            return 60;
        }
        String unit = e.unit() == null ? "" : e.unit();
        double beds = ev.value("beds");
        if (!ValueModel.isFlow(e)) {
            return switch (unit) {
                case "人" -> beds * (tier3 ? between(0.01, 0.05, code) : between(0.005, 0.02, code));
                case "个" -> smallCount(code, tier3 ? 8 : 3);
                case "张" -> beds * between(0.02, 0.04, code);
                default -> beds * between(0.005, 0.02, code, year());
            };
        }
        return switch (unit) {
            case "人次", "台次", "例" -> beds * between(0.3, 2, code) * season(code);
            case "万元" -> ev.value("medical_revenue") * between(0.005, 0.02, code, p.code());
            case "元" -> ev.value("medical_revenue") * between(50, 150, code);
            default -> code.startsWith("new_") ? Math.floor(between(0, tier3 ? 1.25 : 1.08, code, p.code()))
                    : Math.floor(between(0, tier3 ? 4 : 2, code, p.code()));
        };
    }

    private double smallCount(String code, int max) {
        String name = code;
        int cap = name.startsWith("national") || name.startsWith("academician") ? (tier3 ? 2 : 0) : max;
        return Math.floor(between(0, cap + 0.99, code) + between(0, 0.6, code, "growth") * Math.max(0, years()));
    }

    /** Adoption: a hospital-specific threshold under a probability that rises over the years. */
    private boolean flag(String code) {
        double p0 = tier3 ? 0.82 : 0.5;
        if (code.contains("tcm") || code.contains("preventive")) {
            p0 = "中医".equals(h.type()) ? 0.97 : 0.35;
        } else if (code.equals("capacity_guide_tier3_met")) {
            p0 = tier3 ? 0.7 : 0;
        } else if (code.startsWith("county_capacity")) {
            p0 = "县".equals(h.adminLevel()) && "综合".equals(h.type()) ? (code.contains("recommended") ? 0.5 : 0.85) : 0;
        } else if (code.equals("has_emergency_dept")) {
            p0 = "综合".equals(h.type()) ? 1 : 0.6;
        }
        double p = p0 == 0 ? 0 : Math.min(0.98, p0 + 0.06 * Math.max(0, years()));
        return u(code, "flag") < p;
    }

    private double level(Indicator e) {
        String code = e.code();
        int lo;
        int hi;
        switch (code) {
            case "emr_level" -> { lo = tier3 ? 4 : 3; hi = tier3 ? 6 : 4; }
            case "info_security_level" -> { lo = tier3 ? 3 : 2; hi = 3; }
            case "smart_hospital_level" -> { lo = 0; hi = tier3 ? 3 : 1; }
            case "smart_service_level" -> { lo = tier3 ? 2 : 0; hi = tier3 ? 4 : 2; }
            case "smart_management_level" -> { lo = tier3 ? 1 : 0; hi = tier3 ? 3 : 2; }
            case "interop_maturity_level" -> { lo = tier3 ? 3 : 2; hi = tier3 ? 5 : 4; }
            case "accreditation_level" -> {
                // the catalog's codes: 1=一级；2=二级（乙等/丙等/未定等）；3=二级甲等；4=三级（乙等/未定等）；5=三级甲等
                boolean top = "甲".equals(h.grade());
                return tier3 ? (top ? 5 : 4) : "二级".equals(h.tier()) ? (top ? 3 : 2) : 1;
            }
            case "perf_assessment_grade" -> { lo = tier3 ? 3 : 2; hi = tier3 ? 7 : 5; }
            default -> { lo = tier3 ? 2 : 1; hi = tier3 ? 5 : 3; }
        }
        int v = lo + (int) Math.floor(u(code, "level") * (hi - lo + 1));
        if (p.year() >= 2025 && u(code, "upgrade") < 0.3) {
            v++; // some hospitals pass the next level's assessment in 2025, a few beyond their peers
        }
        return Math.min(io.hqd.ingest.ElementDomain.of(e).max().intValue(), v); // within the level's stated range
    }
}
