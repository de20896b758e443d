package io.hqd.cli;

import java.util.ArrayList;
import java.util.List;

import io.hqd.catalog.Plan;
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

    /** The target's population in words, as the catalog states it: 雅安市 三级 乙或未定等 公立. */
    static String words(OrgUnits org, Target t, Plan plan) {
        Target.Scope s = t.scope();
        List<String> parts = new ArrayList<>();
        parts.add(org.name(TargetScope.region(t, plan)));
        if (!s.hospitals().isEmpty()) {
            parts.add("指定的 " + s.hospitals().size() + " 家医院");
        }
        addIf(parts, s.area(), "");
        addIf(parts, s.adminLevel(), "级举办");
        addIf(parts, s.tier(), "");
        addIf(parts, s.grade(), "等");
        addIf(parts, s.type(), "");
        addIf(parts, s.ownership(), "");
        return String.join(" ", parts) + (s.narrowsHospitals() ? "医院" : " 全部医院");
    }

    private static void addIf(List<String> parts, String value, String suffix) {
        if (value != null) {
            parts.add(value.replace("|", "或") + suffix);
        }
    }
}
