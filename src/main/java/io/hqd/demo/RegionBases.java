package io.hqd.demo;

import java.util.Map;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Indicator.Aggregation;
import io.hqd.catalog.Region;
import io.hqd.warehouse.Periods;

/** A county/district's population drives its figures; the city it lies in sets birth rate and life expectancy. */
final class RegionBases implements ValueModel.Bases {

    /** Per city: county population range (万人), births per 1000 per year, life expectancy range, population change per year. */
    record CityProfile(double popLo, double popHi, double birthRate, double leLo, double leHi, double growth) {
    }

    private static final Map<String, CityProfile> CITIES = Map.of(
            "510400", new CityProfile(10, 40, 6.5, 78, 80, -0.003),
            "511800", new CityProfile(5, 35, 7, 77, 79, -0.004),
            "511500", new CityProfile(25, 90, 8, 77.5, 79.5, -0.002),
            "371700", new CityProfile(130, 150, 9, 79, 80.5, -0.002),
            "420100", new CityProfile(30, 170, 7, 80.5, 81.8, 0.005),
            "310000", new CityProfile(40, 300, 4.5, 83.5, 84.8, 0));
    private static final CityProfile DEFAULT = new CityProfile(20, 80, 7, 78, 80, 0);

    /** Stocks per resident. */
    private static final Map<String, double[]> PER_RESIDENT = Map.ofEntries(
            Map.entry("children_u3", new double[] {0.018, 0.026}),
            Map.entry("child036_population", new double[] {0.018, 0.026}),
            Map.entry("children_eligible_nip", new double[] {0.05, 0.07}),
            Map.entry("smi_registered", new double[] {0.004, 0.0055}),
            Map.entry("screened_children_vision", new double[] {0.08, 0.12}),
            Map.entry("htn_managed", new double[] {0.06, 0.1}),
            Map.entry("dm_managed", new double[] {0.02, 0.035}),
            Map.entry("examined_12y", new double[] {0.008, 0.011}),
            Map.entry("gov_units", new double[] {0.0006, 0.001}),
            Map.entry("schools", new double[] {0.0003, 0.0005}),
            Map.entry("mi_facility_places_required", new double[] {0.0002, 0.0004}),
            Map.entry("special_families", new double[] {0.0015, 0.003}),
            Map.entry("hb_tested_children", new double[] {0.04, 0.06}),
            Map.entry("measured_children", new double[] {0.05, 0.07}),
            Map.entry("supervised_units", new double[] {0.004, 0.006}),
            Map.entry("primary_physicians", new double[] {0.0008, 0.0011}),
            Map.entry("high_level_talents_total", new double[] {0.0002, 0.0004}),
            Map.entry("kangyang_talent_team", new double[] {0.001, 0.003}));

    /** Flows per resident per year (reported per quarter). */
    private static final Map<String, double[]> PER_RESIDENT_YEAR = Map.ofEntries(
            Map.entry("notifiable_should_report", new double[] {0.0015, 0.0025}),
            Map.entry("county_resident_visits_total", new double[] {5, 7}),
            Map.entry("county_resident_inpatients_total", new double[] {0.18, 0.24}),
            Map.entry("major_disease_patients", new double[] {0.008, 0.012}),
            Map.entry("total_health_exp", new double[] {0.00006, 0.00008}),
            Map.entry("employee_inpatient_policy_cost", new double[] {0.03, 0.05}),
            Map.entry("resident_inpatient_policy_cost", new double[] {0.04, 0.07}));

    private final Region r;
    private final Periods p;
    private final Draws d;
    private final CityProfile city;
    private final boolean district;
    private final String cityCode;

    RegionBases(Region r, Catalog catalog, Periods p, Draws draws) {
        this.r = r;
        this.p = p;
        this.d = draws;
        this.cityCode = r.level() == Region.Level.county ? r.parentCode() : r.code();
        this.city = CITIES.getOrDefault(cityCode, DEFAULT);
        this.district = r.name().endsWith("区");
    }

    @Override public String reporter() { return r.code(); }
    @Override public boolean tier3() { return true; }
    @Override public String tier() { return null; }
    @Override public double years() { return p.year() - 2024 + (p.quarter() - 1) / 4.0; }

    private String year() { return String.valueOf(p.year()); }

    private double between(double lo, double hi, String... key) {
        String[] k = new String[key.length + 1];
        k[0] = r.code();
        System.arraycopy(key, 0, k, 1, key.length);
        return lo + (hi - lo) * d.unit(k);
    }

    private double perQuarter(String code) {
        return ValueModel.season(d, r.code(), p, code) / 4;
    }

    private int daysInQuarter() {
        return (int) (p.end().toEpochDay() - p.start().toEpochDay() + 1);
    }

    @Override
    public Double base(String code, Indicator e, ValueModel.Evaluation ev) {
        double pop = code.equals("resident_population") ? 0 : ev.value("resident_population");
        double[] f = PER_RESIDENT.get(code);
        if (f != null) {
            return pop * between(f[0], f[1], code) * between(0.99, 1.01, code, year());
        }
        f = PER_RESIDENT_YEAR.get(code);
        if (f != null) {
            double shanghai = cityCode.equals("310000") && (code.contains("exp") || code.contains("cost")) ? 2.5 : 1;
            return pop * between(f[0], f[1], code) * shanghai * perQuarter(code);
        }
        return switch (code) {
            case "resident_population" -> (double) Math.round(between(city.popLo(), city.popHi(), code) * 1e4
                    * (1 + city.growth() * (p.year() - 2024)));
            case "live_births" -> pop * city.birthRate() / 1000 * between(0.85, 1.15, code) * perQuarter(code)
                    * (1 - 0.03 * years());
            case "postpartum_women" -> ev.value("live_births") * between(0.975, 0.995, code, p.code());
            case "under5_deaths" -> ev.value("infant_deaths")
                    + Math.floor(ev.value("live_births") * between(0.8, 2.0, code) / 1000 + between(0, 1, code, p.code()));
            case "elderly65_population" -> pop * (cityCode.equals("310000") ? between(0.19, 0.25, code) : between(0.13, 0.19, code));
            case "rural_women_eligible" -> pop * (district ? between(0.02, 0.05, code) : between(0.12, 0.18, code));
            case "primary_beds" -> pop * (district ? between(0.0004, 0.0008, code) : between(0.001, 0.0015, code));
            case "primary_visits" -> pop * (district ? between(1, 1.5, code) : between(2, 3, code)) * perQuarter(code);
            case "fiscal_exp" -> pop * (cityCode.equals("310000") ? between(3, 4, code) : between(1.0, 1.6, code)) * perQuarter(code);
            case "pneumo_new_total" -> pop * (cityCode.equals("510400") ? between(5e-5, 1e-4, code) : between(1e-5, 3e-5, code))
                    * perQuarter(code) + between(0, 1, code, p.code());
            case "valid_air_days" -> daysInQuarter() - Math.floor(between(0, 3, code, p.code()));
            case "water_sections" -> Math.floor(between(3, 20, code));
            case "county_towns" -> 1.0;
            case "towns" -> Math.floor(district ? between(4, 14, code) : between(8, 25, code));
            case "streets" -> Math.floor(district ? between(6, 15, code) : between(1, 5, code));
            case "villages" -> ev.value("towns") * (district ? between(2, 6, code) : between(8, 15, code));
            case "village_committees" -> ev.value("villages") + ev.value("streets") * between(4, 8, code);
            case "thc_chc_total" -> ev.value("towns") + ev.value("streets");
            case "village_clinics_total" -> ev.value("villages") * between(0.9, 1.2, code);
            case "primary_institutions_total" -> ev.value("thc_chc_total") + ev.value("village_clinics_total");
            case "primary_drug_varieties" -> Math.floor(between(400, 700, code, year()));
            case "life_expectancy" -> between(city.leLo(), city.leHi(), code) + 0.15 * years();
            case "healthy_life_expectancy" -> ev.value("life_expectancy") - between(8, 10, code);
            case "premature_chronic_mortality" -> between(9.5, 15, code) - 0.3 * years();
            case "fitness_pass_rate" -> between(90, 94, code) + 0.2 * years();
            case "health_literacy_rate" -> (cityCode.equals("310000") ? between(38, 43, code) : between(22, 35, code)) + 1.5 * years();
            case "smoking_rate_15plus" -> between(18, 25, code) - 0.3 * years();
            case "cancer_5yr_survival" -> between(40, 46, code) + 0.3 * years();
            case "regular_exercise_population" -> pop * between(0.35, 0.4, code) / 1e8;
            case "radiation_population" -> pop / 1e4 * between(1, 1.4, code);
            case "polio_cases" -> 0.0;
            default -> null;
        };
    }

    @Override
    public double generic(Indicator e, ValueModel.Evaluation ev) {
        String code = e.code();
        if (e.aggregation() == Aggregation.flag) {
            double p0 = 0.55 + 0.08 * Math.max(0, years());
            return between(0, 1, code, "flag") < p0 ? 1 : 0;
        }
        if (e.aggregation() == Aggregation.level) {
            return Math.floor(between(1, 4.99, code));
        }
        String unit = e.unit() == null ? "" : e.unit();
        if (e.aggregation() == Aggregation.average) {
            return "%".equals(unit) ? between(50, 90, code) : between(80, 95, code);
        }
        double pop = ev.value("resident_population");
        double size = Math.sqrt(pop / 300_000);
        if (!ValueModel.isFlow(e)) {
            return switch (unit) {
                case "人" -> pop * between(0.0005, 0.002, code);
                case "万人" -> pop / 1e4 * between(1, 1.4, code);
                case "张" -> pop * between(0.001, 0.003, code);
                default -> {
                    boolean rare = code.startsWith("national") || code.startsWith("intl") || code.contains("national");
                    yield Math.floor(between(0, rare ? 1.3 : 3.99, code) * size + between(0, 0.5, code, "growth") * Math.max(0, years()));
                }
            };
        }
        return switch (unit) {
            case "万元" -> between(20, 200, code) * size * perQuarter(code) * 4;
            case "人次" -> pop * between(0.01, 0.05, code) * perQuarter(code);
            case "亿元" -> pop * between(1e-5, 3e-5, code) * perQuarter(code);
            default -> Math.floor(between(0, 3.99, code, p.code()) * Math.min(size, 2));
        };
    }
}
