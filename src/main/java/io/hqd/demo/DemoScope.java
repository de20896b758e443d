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
public record DemoScope(List<String> regionCodes, Periods from, Periods to, long seed, int countiesPerCity) {

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

    public DemoScope {
        regionCodes = List.copyOf(regionCodes);
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("起始报告期 " + from + " 晚于截止报告期 " + to);
        }
    }

    /** Every county of each city. */
    public DemoScope(List<String> regionCodes, Periods from, Periods to, long seed) {
        this(regionCodes, from, to, seed, 0);
    }

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
        return new DemoScope(regionCodes, newFrom, newTo, seed, countiesPerCity);
    }

    public DemoScope withRegions(List<String> codes) {
        return new DemoScope(codes, from, to, seed, countiesPerCity);
    }

    /** Only the first {@code n} counties of each city (0 = all): a small slice for tests. */
    public DemoScope withCountiesPerCity(int n) {
        return new DemoScope(regionCodes, from, to, seed, n);
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
