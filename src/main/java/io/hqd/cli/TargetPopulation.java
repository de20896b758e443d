package io.hqd.cli;

import java.util.List;
import java.util.Map;

import io.hqd.catalog.CatalogExporter;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.TargetScope;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * The hospitals behind a target's figure for one hospital or region: the target's population (the evaluator's own
 * rule, {@link TargetScope}, on the registry at the period's end) inside the entity. A county row of a target for
 * 三级公立医院 counts only those, so {@code hqd trace --target} lists only their cells.
 */
final class TargetPopulation {
    private TargetPopulation() {
    }

    static List<HospitalVersion> of(OrgUnits org, Target t, Plan plan, Periods p, String entity) {
        String scopeRegion = TargetScope.region(t, plan);
        return new TargetScope(org).hospitals(t, scopeRegion, org.hospitalsOn(p.end())).stream()
                .filter(h -> h.code().equals(entity) || org.within(h.regionCode(), entity)).toList();
    }

    /**
     * The target's population in words, as the catalog export and the registry check state it
     * ({@link CatalogExporter#describeScope}) on the region the target is judged in: 雅安市 三级 乙或未定等 公立医院.
     */
    static String words(Map<String, Region> regions, Target t, Plan plan) {
        Target.Scope s = t.scope();
        Target.Scope judgedIn = new Target.Scope(TargetScope.region(t, plan), s.tier(), s.grade(), s.type(), s.ownership(),
                s.adminLevel(), s.hospitals(), s.area());
        return CatalogExporter.describeScope(judgedIn, regions) + (s.narrowsHospitals() ? "医院" : " 全部医院");
    }
}
