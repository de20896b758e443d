package io.hqd.demo;

import java.util.Map;

/**
 * Realistic ranges of computed indicators in the demo, in the indicator's own unit (percent as 30),
 * for 三级 and 二级 hospitals (regions use the 三级 pair), and the drift per year. The numerator of an
 * indicator is generated as denominator x a ratio drawn from this range, so every identity holds.
 */
record RatioSpec(double lo3, double hi3, double lo2, double hi2, double slopePerYear) {

    static RatioSpec of(double lo, double hi, double slope) {
        return new RatioSpec(lo, hi, lo, hi, slope);
    }

    double lo(boolean tier3) { return tier3 ? lo3 : lo2; }
    double hi(boolean tier3) { return tier3 ? hi3 : hi2; }

    /** The core indicators keep these ranges whatever the targets say (from real 2023–2025 reports). */
    static final Map<String, RatioSpec> CORE = Map.of(
            "surgery_share", new RatioSpec(35, 55, 20, 40, 0.5),
            "mis_share", new RatioSpec(15, 35, 8, 25, 1.0),
            "grade4_share", new RatioSpec(15, 45, 3, 20, 1.0),
            "daysurgery_share", RatioSpec.of(5, 25, 1.0),
            "cmi", new RatioSpec(0.95, 1.3, 0.7, 0.95, 0.02),
            "alos", new RatioSpec(7.5, 10, 6.5, 9, -0.15),
            "cp_share", RatioSpec.of(35, 80, 1.5));

    /** Other indicators: used when no target in the catalog says where to centre them. */
    static final Map<String, RatioSpec> KNOWN = Map.ofEntries(
            Map.entry("nurse_physician_ratio", new RatioSpec(1.1, 1.7, 1.0, 1.5, 0.02)),
            Map.entry("shortage_specialty_physician_share", RatioSpec.of(15, 30, 0.3)),
            Map.entry("medical_service_revenue_share", new RatioSpec(28, 40, 25, 36, 0.8)),
            Map.entry("personnel_share_v2020", new RatioSpec(35, 45, 32, 42, 0.5)),
            Map.entry("energy_per_10k_revenue", new RatioSpec(80, 140, 90, 160, -2)),
            Map.entry("drug_consumable_exam_revenue_share", new RatioSpec(50, 57, 52, 60, -0.8)),
            Map.entry("large_equipment_positive_rate", RatioSpec.of(65, 85, 0.5)),
            Map.entry("essential_drug_variety_share", new RatioSpec(25, 45, 45, 65, 1)),
            Map.entry("appointment_rate", new RatioSpec(50, 80, 30, 60, 2)),
            Map.entry("timeslot_appointment_rate", new RatioSpec(25, 45, 15, 28, 2)),
            Map.entry("out_of_city_inpatient_share", new RatioSpec(3, 15, 0.5, 4, 0)),
            Map.entry("ed_observation_bed_share", new RatioSpec(1.5, 4, 1, 3, 0)),
            Map.entry("featured_specialty_spending_share", new RatioSpec(0.5, 2.5, 0.2, 1.5, 0.1)),
            Map.entry("research_expense_share", new RatioSpec(0.5, 2.5, 0.05, 0.6, 0.1)),
            Map.entry("security_screening_coverage", new RatioSpec(60, 100, 30, 90, 5)),
            Map.entry("cme_coverage", new RatioSpec(88, 99, 85, 98, 0.5)),
            Map.entry("cme_credit_rate", new RatioSpec(75, 87, 70, 84, 0.5)),
            // region level
            Map.entry("physicians_per_1000", RatioSpec.of(2.4, 4.0, 0.1)),
            Map.entry("nurses_per_1000", RatioSpec.of(2.8, 4.6, 0.12)),
            Map.entry("pharmacists_per_1000", RatioSpec.of(0.3, 0.55, 0.01)),
            Map.entry("beds_per_1000", RatioSpec.of(5.0, 8.0, 0.1)),
            Map.entry("gps_per_10k", RatioSpec.of(2.5, 4.5, 0.2)),
            Map.entry("childcare_slots_per_1000", RatioSpec.of(2.0, 4.5, 0.4)),
            Map.entry("maternal_mortality", RatioSpec.of(5, 18, -0.5)),
            Map.entry("infant_mortality", RatioSpec.of(2.0, 5.5, -0.1)),
            Map.entry("under5_mortality", RatioSpec.of(3.0, 7.5, -0.15)),
            Map.entry("tb_incidence", RatioSpec.of(25, 60, -1.5)),
            Map.entry("maternal_system_mgmt_rate", RatioSpec.of(88, 97, 0.3)),
            Map.entry("child_u3_system_mgmt_rate", RatioSpec.of(88, 96, 0.3)),
            Map.entry("nip_vaccination_rate", RatioSpec.of(95, 99.5, 0)),
            Map.entry("smi_mgmt_rate", RatioSpec.of(90, 98, 0.3)),
            Map.entry("child_myopia_rate", RatioSpec.of(45, 56, -0.5)),
            Map.entry("good_air_days_rate", RatioSpec.of(80, 97, 0.3)),
            Map.entry("surface_water_good_share", RatioSpec.of(80, 100, 0.5)),
            Map.entry("national_hygienic_county_share", RatioSpec.of(30, 80, 0)),
            Map.entry("oop_health_exp_share", RatioSpec.of(24, 30, -0.5)),
            Map.entry("employee_inpatient_reimb_rate", RatioSpec.of(80, 88, 0.2)),
            Map.entry("resident_inpatient_reimb_rate", RatioSpec.of(65, 75, 0.3)),
            Map.entry("gov_health_exp_share", RatioSpec.of(7, 11, 0.1)),
            Map.entry("notifiable_report_rate", RatioSpec.of(95, 100, 0)),
            Map.entry("htn_standard_mgmt_rate", RatioSpec.of(60, 75, 1.5)),
            Map.entry("dm_standard_mgmt_rate", RatioSpec.of(58, 72, 1.5)),
            Map.entry("caries_rate_12y", RatioSpec.of(25, 40, -0.5)),
            Map.entry("national_hygienic_town_coverage", RatioSpec.of(10, 40, 2)),
            Map.entry("provincial_hygienic_village_coverage", RatioSpec.of(40, 80, 3)),
            Map.entry("street_childcare_coverage", RatioSpec.of(30, 80, 5)),
            Map.entry("child_anemia_rate", RatioSpec.of(3, 8, -0.2)),
            Map.entry("child_stunting_rate", RatioSpec.of(1, 3, -0.1)),
            Map.entry("primary_rehab_nursing_bed_share", RatioSpec.of(5, 20, 1)),
            Map.entry("pneumo_short_exposure_share", RatioSpec.of(5, 20, -0.5)),
            Map.entry("primary_pq_basic_share", RatioSpec.of(60, 90, 3)),
            Map.entry("primary_tcm_service_share", RatioSpec.of(25, 40, 1)),
            Map.entry("elderly_tcm_mgmt_coverage", RatioSpec.of(65, 80, 1)),
            Map.entry("child_tcm_mgmt_coverage", RatioSpec.of(70, 85, 1)),
            Map.entry("random_inspection_rate", RatioSpec.of(3, 10, 0)),
            Map.entry("primary_gp_share", RatioSpec.of(20, 40, 1)),
            Map.entry("mentoring_coverage", RatioSpec.of(50, 90, 3)),
            Map.entry("primary_telemedicine_coverage", RatioSpec.of(60, 95, 5)),
            Map.entry("county_visit_rate", RatioSpec.of(85, 92, 0.5)),
            Map.entry("county_inpatient_rate", RatioSpec.of(75, 90, 0.5)),
            Map.entry("major_disease_outflow_rate", RatioSpec.of(3, 15, -0.5)));
}
