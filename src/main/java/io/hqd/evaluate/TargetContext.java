package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * One target being evaluated for one period: the facts every {@link TargetKind} reads (target, plan, indicator
 * definition, in-scope hospitals) and the shared ways to measure, compare like for like and write a row.
 */
public final class TargetContext {
    private final Catalog catalog;
    private final OrgUnits org;
    private final IndicatorCalculator calc;
    private final TargetScope scopes;
    private final Target target;
    private final Plan plan;
    private final Indicator indicator;
    private final Periods period;
    private final String scopeRegion;
    private final List<HospitalVersion> inScope;
    private final TargetKind kind;
    private Map<String, String> inScopeNames;

    TargetContext(Catalog catalog, OrgUnits org, IndicatorCalculator calc, TargetScope scopes, Target target, Plan plan,
                  Indicator indicator, Periods period, String scopeRegion, List<HospitalVersion> inScope) {
        this.catalog = catalog;
        this.org = org;
        this.calc = calc;
        this.scopes = scopes;
        this.target = target;
        this.plan = plan;
        this.indicator = indicator;
        this.period = period;
        this.scopeRegion = scopeRegion;
        this.inScope = inScope;
        this.kind = TargetKinds.of(target.kind());
    }

    public Target target() { return target; }
    public Plan plan() { return plan; }
    public Indicator indicator() { return indicator; }
    public Periods period() { return period; }
    public String scopeRegion() { return scopeRegion; }
    public IndicatorCalculator calc() { return calc; }
    public OrgUnits org() { return org; }
    public TargetScope scopes() { return scopes; }

    /** The indicator's definition in another year (null definitions: the indicator did not exist then). */
    public Optional<Indicator> definitionIn(int year) {
        return catalog.indicator(target.indicator(), year).filter(i -> i.validIn(year));
    }

    /** Hospitals one by one for a target every hospital must reach; else the regions at the evaluation level. */
    List<Entity> defaultEntities() {
        boolean perHospital = indicator.level() == Indicator.Level.hospital
                && target.evaluateAt() == Target.EvaluateAt.hospital;
        return perHospital ? inScope.stream().map(Entity::of).toList() : regionEntities();
    }

    /** The regions at the target's evaluation level within its scope region, each with its in-scope hospitals. */
    List<Entity> regionEntities() {
        Region.Level at = switch (target.evaluateAt()) {
            case county -> Region.Level.county;
            case city -> Region.Level.city;
            case province -> Region.Level.province;
            // A share of hospitals or a regional figure "per hospital" is judged for the plan's own region.
            case hospital -> Optional.ofNullable(org.region(scopeRegion)).map(Region::level).orElse(Region.Level.city);
        };
        return scopes.regions(at, scopeRegion, inScope);
    }

    boolean isScopeRegion(Entity e) {
        return !e.isHospital() && e.code().equals(scopeRegion);
    }

    /** The entity's figure this period, as its kind measures it. */
    public Measure measure(Entity e) {
        return kind.measure(this, e, indicator, period, Slots.ALL);
    }

    /** A hospital-level indicator over the entity's in-scope hospitals; a region-level one from the bureaus' reports. */
    public Measure standardMeasure(Entity e, Indicator ind, Periods p, Slots slots) {
        if (ind.level() == Indicator.Level.region) {
            return e.isHospital() ? Measure.none(0) : calc.forReporters(ind, calc.regionReporters(ind, e.code(), p), p, slots);
        }
        return calc.forHospitals(ind, e.hospitals(), p, slots);
    }

    private List<String> reporters(Entity e, Indicator ind) {
        return ind.level() == Indicator.Level.region ? calc.regionReporters(ind, e.code(), period)
                : e.hospitals().stream().map(HospitalVersion::code).toList();
    }

    /** The entity's own history: baselines from full years, and a like-for-like year-on-year comparison. */
    Judging.History history(Entity e) {
        return new Judging.History() {
            @Override
            public Measure fullYear(int year) {
                Optional<Indicator> def = definitionIn(year);
                if (def.isEmpty()) {
                    return null;
                }
                Measure m = kind.measure(TargetContext.this, e, def.get(), new Periods(year, 4), Slots.ALL);
                // A flow summed over part of a year is not that year's figure: no baseline from it.
                return !m.coverage().complete() && isAmount(def.get()) ? null : m;
            }

            @Override
            public Judging.YearOnYear yearOnYear() {
                return TargetContext.this.yearOnYear(e);
            }
        };
    }

    /** A flow element or flow-over-nothing figure: its value grows with the number of quarters added up. */
    private boolean isAmount(Indicator ind) {
        if (!ind.isElement() && ind.denominator() != null) {
            return false;
        }
        String code = ind.isElement() ? ind.code() : ind.numerator();
        return catalog.indicator(code, period.year()).map(el -> !ValueCube.isStock(el)).orElse(false);
    }

    /**
     * This year to date and the same period a year earlier over the same reporter-quarters: only the quarters of
     * the year that both years cover for each reporter are compared.
     */
    Judging.YearOnYear yearOnYear(Entity e) {
        Periods last = new Periods(period.year() - 1, period.quarter());
        Optional<Indicator> before = definitionIn(last.year());
        if (before.isEmpty()) {
            return null;
        }
        Map<String, Set<Integer>> common = new HashMap<>();
        boolean whole = true;
        int widest = 0;
        for (String r : reporters(e, indicator)) {
            Set<Integer> now = quarters(calc.ytd(indicator, r, period).coverage().covered());
            Set<Integer> then = quarters(calc.ytd(before.get(), r, last).coverage().covered());
            Set<Integer> both = new HashSet<>(now);
            both.retainAll(then);
            common.put(r, both);
            widest = Math.max(widest, both.size());
            whole &= both.size() == expectedQuarters(r);
        }
        Slots slots = (r, q) -> common.getOrDefault(r, Set.of()).contains(q);
        Measure nowM = kind.measure(this, e, indicator, period, slots);
        Measure beforeM = kind.measure(this, e, before.get(), last, slots);
        String note = whole ? "" : "同口径比较：仅比较两年均有数据的报送季度（" + nowM.coverage().ratio().replaceAll("/.*", "")
                + " 个），本年" + missingWords(standardMeasure(e, indicator, period, Slots.ALL)) + "；上年"
                + missingWords(standardMeasure(e, before.get(), last, Slots.ALL));
        double share = isAmount(indicator) ? widest / 4.0 : 1;
        return new Judging.YearOnYear(whole ? null : nowM, beforeM, note, share == 0 ? 1 : share);
    }

    private int expectedQuarters(String reporter) {
        return isStockFigure() ? 1 : period.quarter();
    }

    private boolean isStockFigure() {
        String num = indicator.isElement() ? indicator.code() : indicator.numerator();
        return catalog.indicator(num, period.year()).map(ValueCube::isStock).orElse(false);
    }

    private String missingWords(Measure m) {
        String w = m.coverage().missingWords(this::name);
        return w.isEmpty() ? "数据完整" : w;
    }

    private static Set<Integer> quarters(List<Coverage.Slot> slots) {
        Set<Integer> out = new HashSet<>();
        slots.forEach(s -> out.add(s.quarter().quarter()));
        return out;
    }

    /** A reporter's name for coverage words: the hospital's or the region's name. */
    String name(String code) {
        Region r = org.region(code);
        if (r != null) {
            return r.name();
        }
        if (inScopeNames == null) {
            // Built once per target: coverage words name up to five reporters on each of thousands of rows.
            inScopeNames = new HashMap<>();
            inScope.forEach(h -> inScopeNames.putIfAbsent(h.code(), h.name()));
        }
        String name = inScopeNames.get(code);
        return name != null ? name : org.hospitalName(code);
    }

    /** Judges every entity on its own; a target every hospital must reach also gets county and city views. */
    List<EvaluationRow> judgeEach(TargetKind k, List<Entity> entities) {
        List<EvaluationRow> rows = new ArrayList<>();
        Map<String, EvaluationRow> byHospital = new HashMap<>();
        for (Entity e : entities) {
            EvaluationRow row = judged(k, e);
            rows.add(row);
            if (e.isHospital()) {
                byHospital.put(e.code(), row);
            }
        }
        if (!byHospital.isEmpty()) {
            List<HospitalVersion> hospitals = entities.stream().flatMap(e -> e.hospitals().stream()).toList();
            for (Entity region : scopes.rollUps(hospitals)) {
                List<EvaluationRow> members = region.hospitals().stream().map(h -> byHospital.get(h.code())).toList();
                Measure group = measure(region);
                Judgement own = TargetJudge.judge(judging(region), group);
                rows.add(RollUp.of(this, region, group, own, members));
            }
        }
        return rows;
    }

    Judging judging(Entity e) {
        return new Judging(target, indicator, period, plan.startYear(), isScopeRegion(e), history(e));
    }

    private EvaluationRow judged(TargetKind k, Entity e) {
        Measure m = measure(e);
        Judgement j = TargetJudge.judge(judging(e), m);
        return row(e, m, definitionNote(j));
    }

    /** Comparisons with earlier years say so when the indicator's definition changed in between. */
    private Judgement definitionNote(Judgement j) {
        boolean comparesYears = target.kind() == Target.Kind.direction || target.kind() == Target.Kind.annual_change
                || target.kind() == Target.Kind.growth;
        Optional<Indicator> before = catalog.indicator(target.indicator(), period.year() - 1);
        if (comparesYears && before.isPresent() && !before.get().equals(indicator)) {
            return j.withEvidence("；注意：" + (period.year() - 1) + "—" + period.year() + " 年间指标口径有变化");
        }
        return j;
    }

    /** The marts row: the figure, the judgement, and what the figure lacks in words. */
    public EvaluationRow row(Entity e, Measure m, Judgement j) {
        String note = m.coverage().missingWords(this::name);
        if (j.provisional() && note.isEmpty()) {
            note = "比较期数据不完整，按同口径季度比较";
        }
        return new EvaluationRow(period.code(), target.targetCode(), e.type(), e.code(), e.name(), m.numerator(),
                m.denominator(), m.hasValue() ? m.value() : null, j.targetValue(), j.pathValue(), j.status(),
                m.provisional() || j.provisional(), j.evidence(), note, null, null);
    }
}
