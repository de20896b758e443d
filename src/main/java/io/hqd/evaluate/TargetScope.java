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

    /**
     * Whether hospital {@code h} is in the population a target's scope describes. The vocabulary
     * (catalog/README.md, "Scope vocabulary") maps the plans' words onto registry attributes:
     * <ul>
     *   <li>县医院 / 县人民医院 (the county general hospital): type 综合 + admin level 县 + 公立;</li>
     *   <li>"县(区)人民医院和中医医院": type {@code 综合|中医} (either) + 县 + 公立;</li>
     *   <li>二级甲等以上: tier and grade together (any 三级, or 二级 甲等);</li>
     *   <li>城区 vs 县: {@link #isUrban} — city-run hospitals and those in districts vs those in counties;</li>
     *   <li>city-run vs county-run: admin level 市 / 县; named lists: scope_hospitals.</li>
     * </ul>
     */
    public boolean applies(Target.Scope s, String scopeRegion, HospitalVersion h) {
        if (!s.hospitals().isEmpty()) {
            return s.hospitals().contains(h.code());
        }
        if (!org.within(h.regionCode(), scopeRegion)) {
            return false;
        }
        return tierMatches(s.tier(), h) && anyOf(s.grade(), h.grade()) && anyOf(s.type(), h.type())
                && anyOf(s.ownership(), h.ownership()) && anyOf(s.adminLevel(), h.adminLevel())
                && (s.area() == null || s.area().equals(isUrban(h) ? "城区" : "县"));
    }

    static boolean tierMatches(String wanted, HospitalVersion h) {
        if (wanted == null) {
            return true;
        }
        return switch (wanted) {
            case "二级以上" -> h.tier().equals("二级") || h.tier().equals("三级");
            case "二级甲等以上" -> h.tier().equals("三级") || (h.tier().equals("二级") && h.grade().equals("甲"));
            default -> wanted.equals(h.tier());
        };
    }

    /** Blank matches everything; otherwise one of the {@code |}-separated values. */
    static boolean anyOf(String wanted, String actual) {
        if (wanted == null) {
            return true;
        }
        for (String w : wanted.split("\\|")) {
            if (w.equals(actual)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 城区: a hospital located at city level (city-run, registered to the city itself) or in a
     * district (市辖区, GB/T 2260 codes xxxx01–xxxx20). Counties (21–80) and county-level cities
     * (81–99) are 县.
     */
    public boolean isUrban(HospitalVersion h) {
        Region r = org.region(h.regionCode());
        if (r == null || r.level() != Region.Level.county) {
            return r != null && r.level() == Region.Level.city;
        }
        int suffix = Integer.parseInt(r.code().substring(r.code().length() - 2));
        return suffix >= 1 && suffix <= 20;
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
        Map<String, List<HospitalVersion>> inside = org.byRegion(inScope);
        List<Entity> out = new ArrayList<>();
        for (Region r : regions) {
            out.add(new Entity(EntityType.of(r.level()), r.code(), r.name(), List.copyOf(inside.getOrDefault(r.code(), List.of()))));
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
            out.add(new Entity(EntityType.of(r.level()), r.code(), r.name(), e.getValue()));
        }
        return out;
    }
}
