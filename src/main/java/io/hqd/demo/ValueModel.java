package io.hqd.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Indicator.Aggregation;
import io.hqd.catalog.Indicator.PeriodAggregation;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * Realistic demo figures for one reporter and quarter. The rules, in order:
 * <ol>
 * <li>a few base figures have their own rule ({@link HospitalBases}, {@link RegionBases}): beds,
 * discharges, population, births ...;</li>
 * <li>an element that is the numerator of an indicator is its denominator x a ratio drawn around
 * the indicator's realistic range or its plan targets, so numerator &lt;= denominator for percents;</li>
 * <li>anything else by kind: flags 0/1 (adoption rising over time), levels 0–8 by tier, scores,
 * stocks constant within a year, flows per quarter with a seasonal factor.</li>
 * </ol>
 * Every draw is keyed by (reporter, element[, year or period]) so the output never depends on the
 * order reporters or elements are visited in.
 */
public final class ValueModel {

    private final Catalog catalog;
    private final Draws draws;
    private final TargetCentres targets;
    private final Map<String, List<Indicator>> ratiosByNumerator = new HashMap<>();
    /** year -> code -> definition in force; the catalog's own lookup scans every row. */
    private final Map<Integer, Map<String, Indicator>> byYear = new java.util.concurrent.ConcurrentHashMap<>();

    public ValueModel(Catalog catalog, long seed) {
        this.catalog = catalog;
        this.draws = new Draws(seed);
        this.targets = new TargetCentres(catalog);
        for (Indicator i : catalog.indicators()) {
            if (!i.isElement() && i.denominator() != null && i.numerator() != null) {
                ratiosByNumerator.computeIfAbsent(i.numerator(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    Indicator indicator(String code, int year) {
        Indicator i = byYear.computeIfAbsent(year, y -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(code, c -> catalog.indicator(c, year).orElse(null));
        if (i == null) {
            throw new IllegalStateException("数据项 " + code + " 不在指标目录中");
        }
        return i;
    }

    Draws draws() {
        return draws;
    }

    /** Figures a hospital reports for the period, for exactly these elements, in their order. */
    public Map<String, Number> hospital(List<HospitalVersion> versions, Periods period, List<Indicator> elements) {
        HospitalVersion h = DemoRegistry.on(versions, period.end());
        return new Evaluation(new HospitalBases(h, period, draws), period).values(elements);
    }

    /** Figures a county/district bureau reports; a city bureau's are the sums (or weighted means) of its counties'. */
    public Map<String, Number> region(Region region, List<Region> countiesOfCity, Periods period, List<Indicator> elements) {
        if (region.level() != Region.Level.city || countiesOfCity.isEmpty()) {
            return new Evaluation(new RegionBases(region, catalog, period, draws), period).values(elements);
        }
        List<Map<String, Number>> parts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Region c : countiesOfCity) {
            Evaluation e = new Evaluation(new RegionBases(c, catalog, period, draws), period);
            parts.add(e.values(elements));
            weights.add(e.value("resident_population"));
        }
        Evaluation own = new Evaluation(new RegionBases(region, catalog, period, draws), period);
        Map<String, Number> out = new LinkedHashMap<>();
        for (Indicator e : elements) {
            out.put(e.code(), switch (e.aggregation()) {
                case sum, ratio -> Rounding.round(e, parts.stream().mapToDouble(m -> m.get(e.code()).doubleValue()).sum());
                case average -> Rounding.round(e, weightedMean(parts, weights, e.code()));
                case max, level -> parts.stream().mapToDouble(m -> m.get(e.code()).doubleValue()).max().orElse(0);
                case latest, flag -> own.output(e);
            });
        }
        return out;
    }

    private static double weightedMean(List<Map<String, Number>> parts, List<Double> weights, String code) {
        double sum = 0;
        double w = 0;
        for (int i = 0; i < parts.size(); i++) {
            sum += parts.get(i).get(code).doubleValue() * weights.get(i);
            w += weights.get(i);
        }
        return w == 0 ? 0 : sum / w;
    }

    /** Where a reporter's base figures and kind-specific rules come from. */
    interface Bases {
        String reporter();
        boolean tier3();
        String tier();
        /** Years since 2024Q1 (fractional), for trends. */
        double years();
        /** A base figure, or null when the generic rules apply. {@code ev} computes other elements. */
        Double base(String code, Indicator element, Evaluation ev);
        double generic(Indicator element, Evaluation ev);
        /** Multiplier on ratio ranges for this reporter's type (妇幼 hospitals operate less). */
        default RatioSpec adjust(String indicator, RatioSpec spec) { return spec; }
    }

    /** One reporter and period: memoised element values. */
    final class Evaluation {
        private final Bases bases;
        private final Periods period;
        private final Map<String, Double> memo = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Evaluation(Bases bases, Periods period) {
            this.bases = bases;
            this.period = period;
        }

        Map<String, Number> values(List<Indicator> elements) {
            Map<String, Number> out = new LinkedHashMap<>();
            for (Indicator e : elements) {
                out.put(e.code(), output(e));
            }
            return out;
        }

        Number output(Indicator e) {
            return Rounding.round(e, value(e.code()));
        }

        double value(String code) {
            Double known = memo.get(code);
            if (known != null) {
                return known;
            }
            Indicator e = indicator(code, period.year());
            if (!inProgress.add(code)) {
                throw new IllegalStateException("示例数据规则循环引用：" + code);
            }
            double v = compute(e);
            inProgress.remove(code);
            // Integers are settled here so that sums and identities hold on the reported numbers.
            v = Rounding.round(e, v).doubleValue();
            memo.put(code, v);
            return v;
        }

        private double compute(Indicator e) {
            Double base = bases.base(e.code(), e, this);
            if (base != null) {
                return base;
            }
            Indicator ratio = ratioFor(e);
            if (ratio != null) {
                Indicator den = indicator(ratio.denominator(), period.year());
                double r = ratio(ratio);
                double v = value(ratio.denominator()) * r / ratio.scale();
                if (e.periodAggregation() == PeriodAggregation.sum && den.periodAggregation() == PeriodAggregation.latest) {
                    v /= 4; // an annual rate over a stock, reported quarter by quarter (the warehouse sums the quarters)
                }
                return Rounding.stochastic(e, v, draws.unit(bases.reporter(), period.code(), e.code(), "round"));
            }
            return bases.generic(e, this);
        }

        private Indicator ratioFor(Indicator e) {
            for (Indicator i : ratiosByNumerator.getOrDefault(e.code(), List.of())) {
                if (i.validIn(period.year()) && i.level() == e.level()) {
                    return i;
                }
            }
            return null;
        }

        /** The indicator's value for this reporter and period, in the indicator's unit. */
        double ratio(Indicator i) {
            String who = bases.reporter();
            RatioSpec spec = RatioSpec.CORE.get(i.code());
            double centre;
            if (spec == null) {
                TargetCentres.Centre t = targets.centre(i.code(), bases.tier());
                if (t != null) {
                    double f = t.lowerIsBetter() ? draws.between(0.88, 1.25, who, i.code(), "centre")
                            : draws.between(0.8, 1.12, who, i.code(), "centre");
                    double slope = (t.lowerIsBetter() ? -0.01 : 0.01) * t.value();
                    centre = t.value() * f + slope * bases.years();
                    return clamp(i, centre * (1 + draws.between(-0.02, 0.02, who, period.code(), i.code())));
                }
                spec = RatioSpec.KNOWN.get(i.code());
            }
            if (spec == null) {
                spec = defaultSpec(i);
            }
            spec = bases.adjust(i.code(), spec);
            centre = draws.between(spec.lo(bases.tier3()), spec.hi(bases.tier3()), who, i.code(), "centre")
                    + spec.slopePerYear() * bases.years();
            return clamp(i, centre * (1 + draws.between(-0.02, 0.02, who, period.code(), i.code())));
        }

        private double clamp(Indicator i, double v) {
            double max = i.scale() == 100 ? 100 : Double.MAX_VALUE;
            return Math.max(0, Math.min(max, v));
        }

        Periods period() {
            return period;
        }
    }

    private static RatioSpec defaultSpec(Indicator i) {
        if (i.scale() != 100) {
            return RatioSpec.of(0.3 * i.scale() / 100, 0.9 * i.scale() / 100, 0);
        }
        return switch (i.direction()) {
            case higher -> new RatioSpec(70, 96, 55, 90, 1.5);
            case lower -> RatioSpec.of(5, 30, -0.5);
            case monitor -> RatioSpec.of(20, 60, 0);
        };
    }

    /** Seasonal factor of quarterly flows (Spring Festival in Q1) with a little noise. */
    static double season(Draws draws, String reporter, Periods p, String code) {
        double s = switch (p.quarter()) {
            case 1 -> 0.9;
            case 2 -> 1.0;
            case 3 -> 1.06;
            default -> 1.02;
        };
        return s * draws.between(0.96, 1.04, reporter, p.code(), code, "season");
    }

    static boolean isFlow(Indicator e) {
        return e.periodAggregation() == PeriodAggregation.sum;
    }

    static boolean isFlag(Indicator e) {
        return e.aggregation() == Aggregation.flag;
    }
}
