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
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates every target of the catalog for one period: a loop that asks each target's {@link TargetKind}
 * which entities it is judged for and how they fare. What is common to every kind stays here: nobody in scope
 * is 无数据, an indicator not defined that year or a plan not yet in force is 不适用.
 */
public final class Evaluator {
    private final Catalog catalog;
    private final OrgUnits org;
    private final IndicatorCalculator calc;
    private final TargetScope scopes;

    public Evaluator(Catalog catalog, OrgUnits org, ValueCube cube) {
        this.catalog = catalog;
        this.org = org;
        this.calc = new IndicatorCalculator(catalog, cube, org);
        this.scopes = new TargetScope(org);
    }

    public List<EvaluationRow> evaluate(Periods period) {
        return evaluate(period, () -> { });
    }

    /**
     * As above; {@code eachTarget} runs when each of the catalog's targets is done (the step's progress lines, from
     * any thread). Targets are judged in parallel, each on its own (the cube and org units are only read), and
     * their rows joined in catalog order.
     */
    List<EvaluationRow> evaluate(Periods period, Runnable eachTarget) {
        Map<String, Plan> plans = catalog.plansByCode();
        List<List<EvaluationRow>> perTarget = catalog.targets().parallelStream().map(t -> {
            // milestones are tracked by reported state: io.hqd.evaluate.milestone
            List<EvaluationRow> rows = t.isMilestone() ? List.of() : evaluate(t, plans.get(t.planCode()), period);
            eachTarget.run();
            return rows;
        }).toList();
        List<EvaluationRow> rows = new ArrayList<>();
        perTarget.forEach(rows::addAll);
        return rows;
    }

    public List<EvaluationRow> evaluate(Target t, Periods period) {
        return evaluate(t, catalog.plansByCode().get(t.planCode()), period);
    }

    private List<EvaluationRow> evaluate(Target t, Plan plan, Periods period) {
        String scopeRegion = TargetScope.region(t, plan);
        List<HospitalVersion> inScope = scopes.hospitals(t, scopeRegion, org.hospitalsOn(period.end()));
        Optional<Indicator> indicator = catalog.indicator(t.indicator(), period.year()).filter(i -> i.validIn(period.year()));
        Indicator definition = indicator.or(() -> catalog.indicator(t.indicator(), 9999)).orElse(null);
        TargetContext c = new TargetContext(catalog, org, calc, scopes, t, plan, definition, period, scopeRegion, inScope);
        TargetKind kind = TargetKinds.of(t.kind());
        List<Entity> entities = definition == null ? List.of() : kind.entities(c);
        if (entities.isEmpty()) {
            // Nobody in scope (e.g. no 二级 hospital registered in the county): say so rather than print nothing.
            Region region = org.region(scopeRegion);
            Entity self = new Entity(region == null ? EntityType.city : EntityType.of(region.level()), scopeRegion,
                    region == null ? scopeRegion : region.name(), List.of());
            return List.of(c.row(self, Measure.none(0),
                    new Judgement(Status.no_data, t.value(), null, "登记表中没有该目标适用的医院")));
        }
        String inapplicable = indicator.isEmpty() ? "该指标口径在 " + period.year() + " 年不适用"
                : plan.startYear() != null && period.year() < plan.startYear() ? "规划自 " + plan.startYear() + " 年起实施"
                : null;
        if (inapplicable != null) {
            return entities.stream().map(e -> c.row(e, Measure.none(0),
                    new Judgement(Status.not_applicable, t.value(), null, inapplicable))).toList();
        }
        return kind.evaluate(c, entities);
    }
}
