package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * Computes an indicator for a hospital, a group of hospitals or a region, year to date.
 * The one rule for every level: a ratio indicator is the sum of numerators over the sum of
 * denominators of the contributing reporters, never an average of their ratios.
 */
public final class IndicatorCalculator {
    private final Catalog catalog;
    private final ValueCube cube;
    private final OrgUnits org;

    public IndicatorCalculator(Catalog catalog, ValueCube cube, OrgUnits org) {
        this.catalog = catalog;
        this.cube = cube;
        this.org = org;
    }

    /** The indicator over a set of hospitals (one hospital = a set of one). */
    public Measure forHospitals(Indicator ind, Collection<HospitalVersion> hospitals, Periods period) {
        return forHospitals(ind, hospitals, period, Slots.ALL);
    }

    /** As {@link #forHospitals(Indicator, Collection, Periods)}, over only the quarters {@code slots} keeps. */
    public Measure forHospitals(Indicator ind, Collection<HospitalVersion> hospitals, Periods period, Slots slots) {
        return combine(ind, hospitals.stream().map(HospitalVersion::code).toList(), period, false, slots);
    }

    /** The indicator over given reporters (hospitals or bureaus), over only the quarters {@code slots} keeps. */
    public Measure forReporters(Indicator ind, List<String> reporters, Periods period, Slots slots) {
        return combine(ind, reporters, period, false, slots);
    }

    /** The sum of the element over a set of hospitals ("建成3家以上", staff counts), whatever its usual aggregation. */
    public Measure totalForHospitals(Indicator ind, Collection<HospitalVersion> hospitals, Periods period) {
        return combine(ind, hospitals.stream().map(HospitalVersion::code).toList(), period, true, Slots.ALL);
    }

    /**
     * A region-level indicator (reported by county/city bureaus): the region's own report when it
     * has one, else the ratio of sums over its child regions' reports.
     */
    public Measure forRegion(Indicator ind, String regionCode, Periods period) {
        return combine(ind, regionReporters(ind, regionCode, period), period, false, Slots.ALL);
    }

    /** The bureaus whose reports make a region-level figure: the region itself when it reported, else its children. */
    public List<String> regionReporters(Indicator ind, String regionCode, Periods period) {
        Measure own = combine(ind, List.of(regionCode), period, false, Slots.ALL);
        if (own.hasValue() || org.children(regionCode).isEmpty()) {
            return List.of(regionCode);
        }
        List<String> reporters = new ArrayList<>();
        collectReporters(regionCode, period, reporters);
        return reporters;
    }

    /** The child regions that report themselves, descending where a child has no report of its own. */
    private void collectReporters(String code, Periods period, List<String> out) {
        for (Region c : org.children(code)) {
            if (cube.submittedInYear(c.code(), period) || org.children(c.code()).isEmpty()) {
                out.add(c.code());
            } else {
                collectReporters(c.code(), period, out);
            }
        }
    }

    private Measure combine(Indicator ind, List<String> reporters, Periods period, boolean forceSum, Slots slots) {
        int year = period.year();
        Indicator num = element(ind.isElement() ? ind.code() : ind.numerator(), year);
        Indicator den = ind.isElement() || ind.denominator() == null ? null : element(ind.denominator(), year);
        double n = 0;
        double d = 0;
        double largest = Double.NEGATIVE_INFINITY;
        int reporting = 0;
        Coverage.Sum covered = new Coverage.Sum();
        for (String r : reporters) {
            ValueCube.Ytd y = cube.ytd(r, num, den, period, slots);
            covered.add(y.coverage());
            if (!y.hasValue()) {
                continue;
            }
            reporting++;
            n += y.numerator();
            largest = Math.max(largest, y.numerator());
            d += den == null ? 1 : y.denominator();
        }
        Coverage coverage = covered.total();
        if (reporting == 0) {
            return Measure.none(reporters.size(), coverage);
        }
        boolean provisional = !coverage.complete();
        if (den != null) {
            Double value = d == 0 ? null : n / d * ind.scale();
            return new Measure(n, d, value, reporting, reporters.size(), provisional, coverage);
        }
        Indicator.Aggregation agg = ind.aggregation();
        if (reporters.size() == 1 || agg == Indicator.Aggregation.sum || forceSum) {
            // One reporter: its own figure. Sums (counts, staff, money) add up over reporters.
            return new Measure(n, null, n * (ind.isElement() ? 1 : ind.scale()), reporting, reporters.size(), provisional,
                    coverage);
        }
        if (agg == Indicator.Aggregation.max) {
            // The catalog's "max": the largest reporter's figure (every hospital's slot within 60 minutes iff the largest is).
            return new Measure(largest, null, largest, reporting, reporters.size(), provisional, coverage);
        }
        if (agg == Indicator.Aggregation.flag) {
            // Over a group, a yes/no capability becomes the share of reporters that have it (%).
            return new Measure(n, (double) reporting, n / reporting * 100, reporting, reporters.size(), provisional,
                    coverage);
        }
        // Levels, averages, latest stocks: the mean over the reporters that reported.
        return new Measure(n, (double) reporting, n / reporting, reporting, reporters.size(), provisional, coverage);
    }

    /** The cells {@link #forHospitals} or {@link #forRegion} used for one reporter: the figure's lineage. */
    public ValueCube.Ytd ytd(Indicator ind, String reporter, Periods period) {
        int year = period.year();
        Indicator num = element(ind.isElement() ? ind.code() : ind.numerator(), year);
        Indicator den = ind.isElement() || ind.denominator() == null ? null : element(ind.denominator(), year);
        return cube.ytd(reporter, num, den, period);
    }

    private Indicator element(String code, int year) {
        return catalog.indicator(code, year)
                .orElseThrow(() -> new IllegalStateException("计划目录中没有数据项「" + code + "」"));
    }
}
