package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;

/** Which hospitals a target applies to, and which entities it is judged for. */
public final class TargetScope {
    private final OrgUnits org;

    public TargetScope(OrgUnits org) {
        this.org = org;
    }

    /** The region a target applies within: its own scope_region, else the plan's jurisdiction. */
    public static String region(Target t, Plan plan) {
        return t.scope().region() != null ? t.scope().region() : plan.jurisdictionCode();
    }

    public boolean applies(Target.Scope s, String scopeRegion, HospitalVersion h) {
        if (!s.hospitals().isEmpty()) {
            return s.hospitals().contains(h.code());
        }
        if (!org.within(h.regionCode(), scopeRegion)) {
            return false;
        }
        if (s.tier() != null) {
            boolean tierOk = s.tier().equals("二级以上") ? (h.tier().equals("二级") || h.tier().equals("三级"))
                    : s.tier().equals(h.tier());
            if (!tierOk) {
                return false;
            }
        }
        return matches(s.grade(), h.grade()) && matches(s.type(), h.type())
                && matches(s.ownership(), h.ownership()) && matches(s.adminLevel(), h.adminLevel());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    public List<HospitalVersion> hospitals(Target t, String scopeRegion, List<HospitalVersion> all) {
        return all.stream().filter(h -> applies(t.scope(), scopeRegion, h)).toList();
    }

    /**
     * Regions at {@code level} within the scope region, each with the in-scope hospitals inside it.
     * A scope region below that level (a county plan judged "at city level") is judged as itself.
     */
    public List<Entity> regions(Region.Level level, String scopeRegion, List<HospitalVersion> inScope) {
        List<Region> regions = org.regionsAt(level, scopeRegion);
        if (regions.isEmpty()) {
            Region self = org.region(scopeRegion);
            regions = self == null ? List.of() : List.of(self);
        }
        List<Entity> out = new ArrayList<>();
        for (Region r : regions) {
            out.add(new Entity(r.level().name(), r.code(), r.name(),
                    inScope.stream().filter(h -> org.within(h.regionCode(), r.code())).toList()));
        }
        return out;
    }

    /** The counties and cities that contain in-scope hospitals, for rolling hospital targets up. */
    public List<Entity> rollUps(List<HospitalVersion> inScope) {
        Map<String, List<HospitalVersion>> groups = new LinkedHashMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        for (HospitalVersion h : inScope) {
            for (Region.Level level : new Region.Level[] {Region.Level.county, Region.Level.city}) {
                Region r = org.ancestorAt(h.regionCode(), level);
                if (r != null) {
                    regions.put(r.code(), r);
                    groups.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(h);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            Region r = regions.get(e.getKey());
            out.add(new Entity(r.level().name(), r.code(), r.name(), e.getValue()));
        }
        return out;
    }
}
