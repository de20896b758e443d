package io.hqd.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Region;
import io.hqd.warehouse.Periods;

/**
 * What the demo generates: which cities (or single counties), which quarters, and the seed.
 * The default covers the cities the shipped plans are about.
 */
public record DemoScope(List<String> regionCodes, Periods from, Periods to, long seed, int countiesPerCity,
                        int extraHospitalsPerCounty) {

    /**
     * 攀枝花, 雅安, 宜宾, 菏泽市牡丹区, 武汉, 上海, and 南阳 (where the catalog places the hospital whose rectification
     * plan is among the seeds): every hospital a plan names reports in the demo.
     */
    public static final List<String> DEFAULT_REGIONS =
            List.of("510400", "511800", "511500", "371702", "420100", "310000", "411300");
    /** The earliest quarter worth generating: the plans' 2024 baselines. */
    public static final Periods FULL_HISTORY_FROM = new Periods(2024, 1);
    public static final long DEFAULT_SEED = 20261123L;
    /** 武汉 and 上海: their districts get a sample of hospitals (see {@link #countiesFor}). */
    public static final List<String> METROPOLISES = List.of("420100", "310000");
    public static final int METROPOLIS_DISTRICTS = 5;

    /** Extra general hospitals a county can have beside its three: codes H&lt;county&gt;14 … H&lt;county&gt;99. */
    public static final int MAX_EXTRA_PER_COUNTY = 86;

    public DemoScope {
        regionCodes = List.copyOf(regionCodes);
        if (extraHospitalsPerCounty < 0 || extraHospitalsPerCounty > MAX_EXTRA_PER_COUNTY) {
            throw new IllegalArgumentException("每个县额外医院数须在 0 到 " + MAX_EXTRA_PER_COUNTY + " 之间：" + extraHospitalsPerCounty);
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("起始报告期 " + from + " 晚于截止报告期 " + to);
        }
    }

    /** Every county of each city. */
    public DemoScope(List<String> regionCodes, Periods from, Periods to, long seed) {
        this(regionCodes, from, to, seed, 0, 0);
    }

    /**
     * A province-sized data set for the benchmark: every city and county of the catalog (metropolises not
     * sampled) and as many extra general hospitals per county as it takes to reach about {@code hospitals}.
     */
    public static DemoScope province(Catalog catalog, Periods from, Periods to, int hospitals) {
        List<String> cities = catalog.regions().stream().filter(r -> r.level() == Region.Level.city).map(Region::code).toList();
        DemoScope all = new DemoScope(cities, from, to, DEFAULT_SEED, ALL_COUNTIES, 0);
        int counties = all.counties(catalog).size();
        int base = DemoRegistry.reporters(catalog, all, DemoRegistry.build(catalog, all)).size();
        int extra = counties == 0 ? 0 : (int) Math.ceil(Math.max(0, hospitals - base) / (double) counties);
        return new DemoScope(cities, from, to, DEFAULT_SEED, ALL_COUNTIES, Math.min(MAX_EXTRA_PER_COUNTY, extra));
    }

    /** {@link #countiesPerCity} value for every county of every city, the metropolises' too. */
    public static final int ALL_COUNTIES = -1;

    /**
     * The latest complete quarter and the four before it: year to date, the same quarter a year ago
     * and enough history for the jump check, in about 1100 files so that {@code hqd demo} stays
     * within three minutes on two cores. {@code --from 2024Q1} generates the full history.
     */
    public static DemoScope defaults(LocalDate today) {
        Periods to = Periods.latestComplete(today);
        return new DemoScope(DEFAULT_REGIONS, defaultFrom(to), to, DEFAULT_SEED);
    }

    public static Periods defaultFrom(Periods to) {
        return new Periods(to.year() - 1, to.quarter());
    }

    public DemoScope withPeriods(Periods newFrom, Periods newTo) {
        return new DemoScope(regionCodes, newFrom, newTo, seed, countiesPerCity, extraHospitalsPerCounty);
    }

    public DemoScope withRegions(List<String> codes) {
        return new DemoScope(codes, from, to, seed, countiesPerCity, extraHospitalsPerCounty);
    }

    /** Only the first {@code n} counties of each city (0 = all but metropolises sampled): a small slice for tests. */
    public DemoScope withCountiesPerCity(int n) {
        return new DemoScope(regionCodes, from, to, seed, n, extraHospitalsPerCounty);
    }

    public List<Periods> periods() {
        List<Periods> out = new ArrayList<>();
        for (Periods p = from; p.compareTo(to) <= 0; p = p.next()) {
            out.add(p);
        }
        return out;
    }

    /** The scope's regions as reporters: each city bureau and each county/district bureau, in catalog order. */
    public List<Region> bureaus(Catalog catalog) {
        List<Region> out = new ArrayList<>();
        java.util.Map<String, Integer> perCity = new java.util.HashMap<>();
        for (Region r : catalog.regions()) {
            if (regionCodes.contains(r.code())) {
                out.add(r);
            } else if (r.level() == Region.Level.county && regionCodes.contains(r.parentCode())
                    && perCity.merge(r.parentCode(), 1, Integer::sum) <= countiesFor(r.parentCode())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * How many counties of a city report in the demo: all of them, except in the two metropolises, whose plans
     * target municipal hospitals and the city as a whole; there a sample of {@link #METROPOLIS_DISTRICTS}
     * districts stands for the rest, which keeps the demo within three minutes.
     */
    int countiesFor(String cityCode) {
        if (countiesPerCity == ALL_COUNTIES) {
            return Integer.MAX_VALUE;
        }
        int cap = METROPOLISES.contains(cityCode) ? METROPOLIS_DISTRICTS : Integer.MAX_VALUE;
        return countiesPerCity <= 0 ? cap : Math.min(cap, countiesPerCity);
    }

    /** Counties and districts in scope (a scope entry may itself be a county). */
    public List<Region> counties(Catalog catalog) {
        return bureaus(catalog).stream().filter(r -> r.level() == Region.Level.county).toList();
    }

    /** Whether a region code lies in the scope (the scope's cities and their counties). */
    public boolean covers(Catalog catalog, String regionCode) {
        return bureaus(catalog).stream().anyMatch(r -> r.code().equals(regionCode));
    }
}
