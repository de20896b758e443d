package io.hqd.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalVersion;
import io.hqd.run.RunParameters;
import io.hqd.warehouse.ReferenceLoader;

/**
 * The codes a home knows (regions, hospitals, indicators), looked up without regard to case. A code
 * the home does not know is a usage error naming what was typed and where to find the right one
 * ({@code hqd catalog list}), never a run that silently does nothing.
 */
public final class Codes {
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, HospitalVersion> hospitals = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    public Codes(Catalog catalog, List<HospitalVersion> registry) {
        catalog.regions().forEach(r -> regions.put(key(r.code()), r));
        registry.forEach(h -> hospitals.putIfAbsent(key(h.code()), h));
        catalog.indicators().forEach(i -> indicators.putIfAbsent(key(i.code()), i));
    }

    public static Codes of(HqdHome home) {
        Catalog catalog = CatalogLoader.load(home.catalog());
        return new Codes(catalog, ReferenceLoader.hospitals(home, catalog));
    }

    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code all} or a city/county code, as the catalog writes it. */
    public String scope(String typed) {
        if (typed == null || typed.isBlank() || key(typed).equals(RunParameters.ALL)) {
            return RunParameters.ALL;
        }
        return region(typed, "--scope").code();
    }

    public Region region(String typed, String option) {
        Region r = regions.get(key(typed));
        if (r != null) {
            return r;
        }
        String hint = hospitals.containsKey(key(typed)) ? "「" + typed + "」是医疗机构代码，" + option + " 需要市或县区代码。"
                : regions.values().stream().filter(x -> x.name().equals(typed.strip())).findFirst()
                        .map(x -> "「" + typed + "」是区划名称，请用它的代码 " + x.code() + "。")
                        .orElse("没有代码为「" + typed + "」的市或县区。");
        throw CliError.usage(hint + "可用 hqd catalog list regions 查看全部区划代码。");
    }

    public HospitalVersion hospital(String typed, String option) {
        HospitalVersion h = hospitals.get(key(typed));
        if (h == null) {
            throw CliError.usage(option + "：没有代码为「" + typed + "」的医疗机构。可用 hqd catalog list hospitals 查看全部机构代码。");
        }
        return h;
    }

    /** A reporter: a hospital or a region code, as the registry/catalog writes it. */
    public String reporter(String typed, String option) {
        HospitalVersion h = hospitals.get(key(typed));
        if (h != null) {
            return h.code();
        }
        Region r = regions.get(key(typed));
        if (r != null) {
            return r.code();
        }
        throw CliError.usage(option + "：没有代码为「" + typed + "」的医疗机构或区划。可用 hqd catalog list hospitals / regions 查看。");
    }

    public Indicator indicator(String typed, String option) {
        Indicator i = indicators.get(key(typed));
        if (i == null) {
            throw CliError.usage(option + "：没有代码为「" + typed + "」的指标或数据项。可用 hqd catalog list indicators 查看全部代码。");
        }
        return i;
    }

    public List<Region> regions() { return List.copyOf(regions.values()); }
    public List<HospitalVersion> hospitals() { return List.copyOf(hospitals.values()); }
    public List<Indicator> indicators() { return List.copyOf(indicators.values()); }

    /** Hospitals in the registry on a day (for listings). */
    public List<HospitalVersion> hospitalsOn(LocalDate day) {
        return hospitals.values().stream().filter(h -> h.validOn(day)).toList();
    }
}
