package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every indicator (and every data element a target names) for every hospital, county, city and
 * province, year to date, for one period: the figures reports print and trend charts plot, each with its
 * coverage; the lineage of every reporter's figure (exactly the cells it was computed from); and what the reporters
 * each figure adds up are made of (so the workbook and {@code trace} read a region's sources instead of re-deriving
 * them): the bureaus of each region-level figure, and each region's hospitals, whom its figures of hospital-level
 * indicators add up. Regions get the ratio of sums over all their hospitals, never an average of hospital ratios.
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

    /**
     * One period's indicator values, their reporters' lineage, the bureaus each region-level value adds up, and the
     * hospitals of each region (whom its values of hospital-level indicators add up; a hospital's value, itself).
     */
    public record Computed(List<FigureRows.Value> values, List<FigureRows.Lineage> lineage,
                           List<FigureRows.Reporter> reporters, List<FigureRows.Member> members) {
    }

    /** Codes computed: every indicator, plus the elements targets point at directly. */
    Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        catalog.indicators().stream().filter(i -> !i.isElement()).forEach(i -> codes.add(i.code()));
        catalog.targets().stream().filter(t -> !t.isMilestone()).map(Target::indicator).forEach(codes::add);
        return codes;
    }

    public Computed computeWithLineage(Periods period, String runId) {
        return computeWithLineage(period, runId, () -> { });
    }

    /**
     * As above; {@code eachIndicator} runs when each of {@link #codes()} is done (the step's progress lines, from
     * any thread). Indicators are computed in parallel, each on its own (the cube and org units are only read), and
     * their rows joined in the order of {@link #codes()}.
     */
    Computed computeWithLineage(Periods period, String runId, Runnable eachIndicator) {
        List<HospitalVersion> hospitals = org.hospitalsOn(period.end());
        List<Region> regions = List.copyOf(org.regions().values());
        Map<String, List<HospitalVersion>> inside = org.byRegion(hospitals);
        List<Computed> parts = codes().parallelStream().map(code -> {
            Computed part = compute(code, period, runId, hospitals, regions, inside);
            eachIndicator.run();
            return part;
        }).toList();
        List<FigureRows.Value> out = new ArrayList<>();
        List<FigureRows.Lineage> lineage = new ArrayList<>();
        List<FigureRows.Reporter> reporters = new ArrayList<>();
        for (Computed part : parts) {
            out.addAll(part.values());
            lineage.addAll(part.lineage());
            reporters.addAll(part.reporters());
        }
        return new Computed(out, lineage, reporters, members(period, regions, inside));
    }

    /** Each region's hospitals on the period's end, as its figures of hospital-level indicators add them up. */
    private static List<FigureRows.Member> members(Periods period, List<Region> regions,
                                                   Map<String, List<HospitalVersion>> inside) {
        List<FigureRows.Member> out = new ArrayList<>();
        for (Region r : regions) {
            for (HospitalVersion h : inside.getOrDefault(r.code(), List.of())) {
                out.add(new FigureRows.Member(period.code(), r.code(), h.code()));
            }
        }
        return out;
    }

    /** One indicator's figures for every hospital and region, with their lineage and reporters. */
    private Computed compute(String code, Periods period, String runId, List<HospitalVersion> hospitals,
                             List<Region> regions, Map<String, List<HospitalVersion>> inside) {
        List<FigureRows.Value> out = new ArrayList<>();
        List<FigureRows.Lineage> lineage = new ArrayList<>();
        List<FigureRows.Reporter> reporters = new ArrayList<>();
        Figures figures = new Figures(out, reporters, runId, period);
        Indicator ind = catalog.indicator(code, period.year()).filter(i -> i.validIn(period.year())).orElse(null);
        if (ind == null) {
            return new Computed(out, lineage, reporters, List.of());
        }
        if (ind.level() == Indicator.Level.hospital) {
            // Their reporters are not listed: a hospital's figure adds up itself, a region's its members.
            for (HospitalVersion h : hospitals) {
                figures.add(EntityType.hospital, h.code(), ind, List.of(), calc.forHospitals(ind, List.of(h), period));
                lineage(lineage, runId, period, ind, h.code());
            }
            for (Region r : regions) {
                List<HospitalVersion> in = inside.getOrDefault(r.code(), List.of());
                if (!in.isEmpty()) {
                    figures.add(EntityType.of(r.level()), r.code(), ind, List.of(), calc.forHospitals(ind, in, period));
                }
            }
        } else {
            for (Region r : regions) {
                List<String> from = calc.regionReporters(ind, r.code(), period);
                figures.add(EntityType.of(r.level()), r.code(), ind, from, calc.forReporters(ind, from, period, Slots.ALL));
                lineage(lineage, runId, period, ind, r.code());
            }
        }
        return new Computed(out, lineage, reporters, List.of());
    }

    private void lineage(List<FigureRows.Lineage> out, String runId, Periods period, Indicator ind, String reporter) {
        for (ValueCube.Source s : calc.ytd(ind, reporter, period).sources()) {
            ValueCube.Cell c = s.cell();
            out.add(new FigureRows.Lineage(runId, period.code(), reporter, ind.code(), s.part().name(), s.elementCode(),
                    s.quarter().code(), c.value(), c.submissionId(), c.file(), c.sheet(), c.cell(), c.carried()));
        }
    }

    /**
     * Writes a figure's value row and, beside it, the reporters listed for it (a region-level figure's bureaus); a
     * figure nobody reported writes neither.
     */
    private final class Figures {
        private final List<FigureRows.Value> values;
        private final List<FigureRows.Reporter> reporters;
        private final String runId;
        private final Periods period;

        Figures(List<FigureRows.Value> values, List<FigureRows.Reporter> reporters, String runId, Periods period) {
            this.values = values;
            this.reporters = reporters;
            this.runId = runId;
            this.period = period;
        }

        void add(EntityType type, String code, Indicator ind, List<String> from, Measure m) {
            if (m.reporting() == 0) {
                return;   // nothing reported: completeness shows who is missing
            }
            Coverage c = m.coverage();
            values.add(new FigureRows.Value(runId, period.code(), type, code, ind.code(), m.numerator(), m.denominator(),
                    m.hasValue() ? m.value() : null, m.reporting(), m.expected(), m.provisional(), c.covered().size(),
                    c.covered().size() + c.missing().size(), c.missingWords(IndicatorValues.this::name)));
            for (String r : from) {
                reporters.add(new FigureRows.Reporter(runId, period.code(), code, ind.code(), r));
            }
        }
    }

    private String name(String code) {
        Region r = org.region(code);
        return r != null ? r.name() : org.hospitalName(code);
    }
}
