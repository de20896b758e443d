package io.hqd.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogExporter;
import io.hqd.catalog.CatalogProblem;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Target;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.TargetScope;

/**
 * A target whose population of hospitals matches nobody in the registry is a catalog mistake (a
 * scope written too narrowly, a wrong region), not a finding about hospitals: {@code catalog check}
 * rejects it, naming the target's line and its scope in words.
 */
public final class RegistryScopeCheck {

    private RegistryScopeCheck() {
    }

    public static List<CatalogProblem> emptyScopes(Catalog catalog, List<HospitalVersion> registry, String origin) {
        TargetScope scopes = new TargetScope(new OrgUnits(catalog.regionsByCode(), registry));
        Map<String, Plan> plans = catalog.plansByCode();
        List<CatalogProblem> problems = new ArrayList<>();
        List<Target> targets = catalog.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Plan plan = plans.get(t.planCode());
            if (plan == null || !namesHospitals(t, catalog)) {
                continue;
            }
            String region = TargetScope.region(t, plan);
            if (registry.stream().noneMatch(h -> scopes.applies(t.scope(), region, h))) {
                // Targets keep file order and one line each: line = index + 2 (the header is line 1).
                problems.add(new CatalogProblem(origin + "/targets.csv", i + 2L, "scope_*",
                        t.targetCode() + " 的适用范围「" + CatalogExporter.describeScope(t.scope(), catalog.regionsByCode())
                                + "」在医院名录中没有任何医院（范围写窄了或区划有误？）"));
            }
        }
        return problems;
    }

    /** Targets judged over a population of hospitals (not a bureau's own figure or statement). */
    static boolean namesHospitals(Target t, Catalog catalog) {
        if (t.scope().narrowsHospitals() || t.evaluateAt() == Target.EvaluateAt.hospital
                || t.kind() == Target.Kind.share || t.kind() == Target.Kind.count) {
            return true;
        }
        return !t.isMilestone() && catalog.indicator(t.indicator(), 9999)
                .map(i -> i.level() == Indicator.Level.hospital).orElse(false);
    }
}
