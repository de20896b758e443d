package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates every target of the catalog for one period: which entities each target applies to,
 * what their figures are, and (through {@link TargetJudge}) what their status is.
 *
 * <ul>
 *   <li>hospital targets: one row per hospital in scope, plus county and city roll-ups that say how
 *       many of their hospitals reached it (the roll-up's value is the group's ratio of sums);</li>
 *   <li>share / count targets: one row per region, naming the hospitals that miss the condition, and
 *       one row per hospital saying whether it meets the condition;</li>
 *   <li>region targets (rates, totals, ranges, deadlines): one row per region at the target's level;</li>
 *   <li>rank targets: ranked among the peers hqd holds data for, which the evidence says.</li>
 * </ul>
 */
public final class Evaluator {
    private final Catalog catalog;
    private final OrgUnits org;
    private final IndicatorCalculator calc;
    private final TargetScope scopes;
    private java.util.Map<String, Plan> plans;

    public Evaluator(Catalog catalog, OrgUnits org, ValueCube cube) {
        this.catalog = catalog;
        this.org = org;
        this.calc = new IndicatorCalculator(catalog, cube, org);
        this.scopes = new TargetScope(org);
    }

    public List<EvaluationRow> evaluate(Periods period) {
        List<EvaluationRow> rows = new ArrayList<>();
        plans = catalog.plansByCode();
        for (Target t : catalog.targets()) {
            if (!t.isMilestone()) { // tracked by reported state: io.hqd.evaluate.milestone
                rows.addAll(evaluate(t, period));
            }
        }
        return rows;
    }

    public List<EvaluationRow> evaluate(Target t, Periods period) {
        Plan plan = (plans == null ? catalog.plansByCode() : plans).get(t.planCode());
        String scopeRegion = TargetScope.region(t, plan);
        List<HospitalVersion> inScope = scopes.hospitals(t, scopeRegion, org.hospitalsOn(period.end()));
        List<Entity> entities = entities(t, scopeRegion, inScope);
        if (entities.isEmpty()) {
            // Nobody in scope (e.g. no 二级 hospital registered in the county): say so rather than print nothing.
            Region region = org.region(scopeRegion);
            Entity self = new Entity(region == null ? "city" : region.level().name(), scopeRegion,
                    region == null ? scopeRegion : region.name(), List.of());
            return List.of(row(t, period, self, Measure.none(0),
                    new Judgement(Status.no_data, t.value(), null, "登记表中没有该目标适用的医院")));
        }
        Optional<Indicator> indicator = catalog.indicator(t.indicator(), period.year()).filter(i -> i.validIn(period.year()));
        String inapplicable = indicator.isEmpty() ? "该指标口径在 " + period.year() + " 年不适用"
                : plan.startYear() != null && period.year() < plan.startYear() ? "规划自 " + plan.startYear() + " 年起实施"
                : null;
        if (inapplicable != null) {
            return entities.stream().map(e -> row(t, period, e, Measure.none(0),
                    new Judgement(Status.not_applicable, t.value(), null, inapplicable))).toList();
        }
        Indicator ind = indicator.get();
        return switch (t.kind()) {
            case share, count -> new HospitalConditions(calc, t, ind, period).evaluate(entities, plan);
            case rank -> new Ranking(calc, scopes, org, t, ind, period).evaluate(entities, scopeRegion, plan);
            default -> t.evaluateAt() == Target.EvaluateAt.hospital && ind.level() == Indicator.Level.hospital
                    ? hospitalsWithRollUps(t, ind, plan, period, entities)
                    : entities.stream().map(e -> judged(t, ind, plan, period, e)).toList();
        };
    }

    /** The entities whose status the target is judged for. */
    List<Entity> entities(Target t, String scopeRegion, List<HospitalVersion> inScope) {
        Indicator.Level level = catalog.indicator(t.indicator(), 9999).map(Indicator::level).orElse(Indicator.Level.hospital);
        boolean regionJudged = t.kind() == Target.Kind.share || t.kind() == Target.Kind.count
                || level == Indicator.Level.region || t.evaluateAt() != Target.EvaluateAt.hospital;
        if (!regionJudged) {
            return inScope.stream().map(Entity::of).toList();
        }
        Region.Level at = switch (t.evaluateAt()) {
            case county -> Region.Level.county;
            case city -> Region.Level.city;
            case province -> Region.Level.province;
            // A share of hospitals or a regional figure "per hospital" is judged for the plan's own region.
            case hospital -> Optional.ofNullable(org.region(scopeRegion)).map(Region::level).orElse(Region.Level.city);
        };
        return scopes.regions(at, scopeRegion, inScope);
    }

    private List<EvaluationRow> hospitalsWithRollUps(Target t, Indicator ind, Plan plan, Periods period, List<Entity> hospitals) {
        List<EvaluationRow> rows = new ArrayList<>();
        java.util.Map<String, EvaluationRow> byHospital = new java.util.HashMap<>();
        for (Entity h : hospitals) {
            EvaluationRow row = judged(t, ind, plan, period, h);
            rows.add(row);
            byHospital.put(h.code(), row);
        }
        List<HospitalVersion> inScope = hospitals.stream().flatMap(e -> e.hospitals().stream()).toList();
        for (Entity region : scopes.rollUps(inScope)) {
            List<EvaluationRow> members = region.hospitals().stream().map(h -> byHospital.get(h.code())).toList();
            rows.add(RollUp.of(t, period, region, calc.forHospitals(ind, region.hospitals(), period), members));
        }
        return rows;
    }

    private EvaluationRow judged(Target t, Indicator ind, Plan plan, Periods period, Entity e) {
        Measure m = measure(t, ind, e, period);
        boolean isScopeRegion = !e.isHospital() && e.code().equals(TargetScope.region(t, plan));
        Judgement j = TargetJudge.judge(t, ind, m, period, plan.startYear(), isScopeRegion, history(t, e, period));
        return row(t, period, e, m, withDefinitionNote(j, t, period));
    }

    Measure measure(Target t, Indicator ind, Entity e, Periods period) {
        if (ind.level() == Indicator.Level.region) {
            return e.isHospital() ? Measure.none(0) : calc.forRegion(ind, e.code(), period);
        }
        return t.kind() == Target.Kind.total ? calc.totalForHospitals(ind, e.hospitals(), period)
                : calc.forHospitals(ind, e.hospitals(), period);
    }

    /** The same entity's figures in earlier periods, under the definition that applied then. */
    private TargetJudge.History history(Target t, Entity e, Periods period) {
        return new TargetJudge.History() {
            @Override
            public Measure fullYear(int year) {
                Periods q4 = new Periods(year, 4);
                return catalog.indicator(t.indicator(), year).map(i -> measure(t, i, e, q4)).orElse(null);
            }

            @Override
            public Measure sameQuarterLastYear() {
                Periods last = new Periods(period.year() - 1, period.quarter());
                return catalog.indicator(t.indicator(), last.year()).map(i -> measure(t, i, e, last)).orElse(null);
            }
        };
    }

    /** Comparisons with earlier years say so when the indicator's definition changed in between. */
    private Judgement withDefinitionNote(Judgement j, Target t, Periods period) {
        boolean comparesYears = t.kind() == Target.Kind.direction || t.kind() == Target.Kind.annual_change
                || t.kind() == Target.Kind.growth;
        if (!comparesYears) {
            return j;
        }
        var now = catalog.indicator(t.indicator(), period.year());
        var before = catalog.indicator(t.indicator(), period.year() - 1);
        if (now.isPresent() && before.isPresent() && !now.get().equals(before.get())) {
            return new Judgement(j.status(), j.targetValue(), j.pathValue(),
                    j.evidence() + "；注意：" + (period.year() - 1) + "—" + period.year() + " 年间指标口径有变化");
        }
        return j;
    }

    static EvaluationRow row(Target t, Periods period, Entity e, Measure m, Judgement j) {
        return new EvaluationRow(period.code(), t.targetCode(), e.type(), e.code(), e.name(), m.numerator(),
                m.denominator(), m.hasValue() ? m.value() : null, j.targetValue(), j.pathValue(), j.status(),
                m.provisional(), j.evidence());
    }
}
