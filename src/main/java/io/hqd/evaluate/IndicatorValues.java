package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.schema.marts.tables.records.IndicatorValueRecord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every indicator (and every data element a target names) for every hospital, county, city and
 * province, year to date, for one period: the figures reports print and trend charts plot.
 * Regions get the ratio of sums over all their hospitals, never an average of hospital ratios.
 */
public final class IndicatorValues {
    private final Catalog catalog;
    private final OrgUnits org;
    private final IndicatorCalculator calc;

    public IndicatorValues(Catalog catalog, OrgUnits org, ValueCube cube) {
        this.catalog = catalog;
        this.org = org;
        this.calc = new IndicatorCalculator(catalog, cube, org);
    }

    /** Codes computed: every indicator, plus the elements targets point at directly. */
    Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        catalog.indicators().stream().filter(i -> !i.isElement()).forEach(i -> codes.add(i.code()));
        catalog.targets().stream().filter(t -> !t.isMilestone()).map(Target::indicator).forEach(codes::add);
        return codes;
    }

    public List<IndicatorValueRecord> compute(Periods period, String runId) {
        List<IndicatorValueRecord> out = new ArrayList<>();
        List<HospitalVersion> hospitals = org.hospitalsOn(period.end());
        List<Region> regions = new ArrayList<>(org.regions().values());
        regions.sort(java.util.Comparator.comparing(Region::code));
        java.util.Map<String, List<HospitalVersion>> inside = new java.util.HashMap<>();
        for (Region r : regions) {
            inside.put(r.code(), hospitals.stream().filter(h -> org.within(h.regionCode(), r.code())).toList());
        }
        for (String code : codes()) {
            Indicator ind = catalog.indicator(code, period.year()).filter(i -> i.validIn(period.year())).orElse(null);
            if (ind == null) {
                continue;
            }
            if (ind.level() == Indicator.Level.hospital) {
                for (HospitalVersion h : hospitals) {
                    add(out, runId, period, "hospital", h.code(), ind, calc.forHospitals(ind, List.of(h), period));
                }
                for (Region r : regions) {
                    if (!inside.get(r.code()).isEmpty()) {
                        add(out, runId, period, r.level().name(), r.code(), ind, calc.forHospitals(ind, inside.get(r.code()), period));
                    }
                }
            } else {
                for (Region r : regions) {
                    add(out, runId, period, r.level().name(), r.code(), ind, calc.forRegion(ind, r.code(), period));
                }
            }
        }
        return out;
    }

    private static void add(List<IndicatorValueRecord> out, String runId, Periods period, String type, String code,
                            Indicator ind, Measure m) {
        if (m.reporting() == 0) {
            return;   // nothing reported: completeness shows who is missing
        }
        out.add(new IndicatorValueRecord(runId, period.code(), type, code, ind.code(), m.numerator(), m.denominator(),
                m.hasValue() ? m.value() : null, m.reporting(), m.expected(), m.provisional()));
    }
}
