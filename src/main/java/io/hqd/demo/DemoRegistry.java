package io.hqd.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.NamedHospital;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.ReferenceLoader;

/**
 * The demo's hospital registry: every hospital the plans name, plus the public hospitals a county
 * or district really has (people's hospital, TCM hospital, maternal and child health hospital).
 * One county people's hospital is upgraded to 三级乙等 on {@link #UPGRADE_DATE}, so history is
 * evaluated under the tier the hospital had then.
 */
public final class DemoRegistry {

    public static final LocalDate SINCE = LocalDate.of(ReferenceLoader.FIRST_YEAR, 1, 1);
    public static final LocalDate UPGRADE_DATE = LocalDate.of(2025, 1, 1);

    private DemoRegistry() {
    }

    /** All registry rows, named hospitals first, then generated ones county by county. */
    public static List<HospitalVersion> build(Catalog catalog, DemoScope scope) {
        Draws draws = new Draws(scope.seed());
        Map<String, Region> regions = catalog.regionsByCode();
        List<HospitalVersion> out = new ArrayList<>();
        for (NamedHospital h : catalog.namedHospitals()) {
            out.add(new HospitalVersion(h.code(), h.name(), h.regionCode(), SINCE, null, h.tier(), h.grade(),
                    h.type(), h.ownership(), h.adminLevel()));
        }
        boolean upgraded = false;
        for (Region county : scope.counties(catalog)) {
            Region city = regions.get(county.parentCode());
            boolean district = county.name().endsWith("区");
            String prefix = district && city != null ? city.name() + county.name() : county.name();
            boolean hasNamedGeneral = catalog.namedHospitals().stream()
                    .anyMatch(h -> h.regionCode().equals(county.code()) && h.type().equals("综合"));
            if (!hasNamedGeneral) {
                String code = "H" + county.code() + "11";
                boolean tier3 = draws.unit("tier", code) < (district ? 0.4 : 0.3);
                String name = prefix + (district && DemoScope.METROPOLISES.contains(county.parentCode()) ? "中心医院" : "人民医院");
                if (!tier3 && !upgraded) {
                    // The upgrade: 二级甲等 until the end of 2024, 三级乙等 since.
                    out.add(new HospitalVersion(code, name, county.code(), SINCE, UPGRADE_DATE, "二级", "甲", "综合", "公立", "县"));
                    out.add(new HospitalVersion(code, name, county.code(), UPGRADE_DATE, null, "三级", "乙", "综合", "公立", "县"));
                    upgraded = true;
                } else {
                    out.add(version(code, name, county.code(), tier3 ? "三级" : "二级", tier3 ? "乙" : "甲", "综合"));
                }
            }
            String tcm = "H" + county.code() + "12";
            boolean tcmTier3 = draws.unit("tier", tcm) < 0.2;
            out.add(version(tcm, prefix + "中医医院", county.code(), tcmTier3 ? "三级" : "二级", tcmTier3 ? "乙" : "甲", "中医"));
            if (!DemoScope.METROPOLISES.contains(county.parentCode())) { // metropolis districts: no 妇幼保健院 of their own
                String mch = "H" + county.code() + "13";
                out.add(version(mch, prefix + "妇幼保健院", county.code(), "二级", draws.unit("grade", mch) < 0.6 ? "甲" : "未定", "妇幼"));
            }
            for (int k = 0; k < scope.extraHospitalsPerCounty(); k++) {
                // Scale only: further general hospitals, so the benchmark can reach a province's count.
                String code = "H" + county.code() + (14 + k);
                boolean tier3 = draws.unit("tier", code) < 0.15;
                out.add(version(code, prefix + "第" + numeral(k + 2) + "人民医院", county.code(), tier3 ? "三级" : "二级",
                        tier3 ? "乙" : "甲", "综合"));
            }
        }
        return out;
    }

    /** 2 → 二, 12 → 十二, 31 → 三十一 (up to 99). */
    static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        return (tens > 1 ? String.valueOf(digits.charAt(tens)) : "") + (tens > 0 ? "十" : "")
                + (ones > 0 || tens == 0 ? String.valueOf(digits.charAt(ones)) : "");
    }

    private static HospitalVersion version(String code, String name, String region, String tier, String grade, String type) {
        return new HospitalVersion(code, name, region, SINCE, null, tier, grade, type, "公立", "县");
    }

    /** The hospitals that report in the demo: those located in the scope, all versions grouped by code. */
    public static Map<String, List<HospitalVersion>> reporters(Catalog catalog, DemoScope scope, List<HospitalVersion> registry) {
        Map<String, List<HospitalVersion>> out = new LinkedHashMap<>();
        for (HospitalVersion v : registry) {
            if (scope.covers(catalog, v.regionCode())) {
                out.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    /** The version valid on {@code day}; the earliest one when none is (a period before the hospital existed). */
    public static HospitalVersion on(List<HospitalVersion> versions, LocalDate day) {
        return versions.stream().filter(v -> v.validOn(day)).findFirst().orElse(versions.get(0));
    }
}
