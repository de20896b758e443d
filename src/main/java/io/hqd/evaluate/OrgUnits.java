package io.hqd.evaluate;

import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL_ATTRIBUTE;
import static io.hqd.warehouse.schema.staged.Tables.REGION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;

/**
 * The org-unit hierarchy (province > city > county) and the hospitals in it, with the attributes
 * each hospital had on a given day. Loaded from the warehouse's staged layer.
 */
public final class OrgUnits {
    private final Map<String, Region> regions;
    private final List<HospitalVersion> versions;
    /** Each hospital's latest registered name: coverage words name hundreds of hospitals, each a lookup. */
    private final Map<String, String> latestNames = new HashMap<>();

    public OrgUnits(Map<String, Region> regions, List<HospitalVersion> versions) {
        this.regions = regions;
        this.versions = versions;
        for (HospitalVersion v : versions) {
            latestNames.put(v.code(), v.name());   // versions come oldest first: the last one stays
        }
    }

    public static OrgUnits load(DSLContext dsl) {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (var r : dsl.selectFrom(REGION).orderBy(REGION.CODE).fetch()) {
            regions.put(r.getCode(), new Region(r.getCode(), r.getName(), r.getLevel(), r.getParentCode()));
        }
        List<HospitalVersion> versions = new ArrayList<>();
        for (var r : dsl.select(HOSPITAL.CODE, HOSPITAL.NAME, HOSPITAL.REGION_CODE, HOSPITAL_ATTRIBUTE.VALID_FROM,
                        HOSPITAL_ATTRIBUTE.VALID_TO, HOSPITAL_ATTRIBUTE.TIER, HOSPITAL_ATTRIBUTE.GRADE,
                        HOSPITAL_ATTRIBUTE.TYPE, HOSPITAL_ATTRIBUTE.OWNERSHIP, HOSPITAL_ATTRIBUTE.ADMIN_LEVEL)
                .from(HOSPITAL).join(HOSPITAL_ATTRIBUTE).on(HOSPITAL_ATTRIBUTE.HOSPITAL_CODE.eq(HOSPITAL.CODE))
                .orderBy(HOSPITAL.CODE, HOSPITAL_ATTRIBUTE.VALID_FROM).fetch()) {
            versions.add(new HospitalVersion(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                    r.value7(), r.value8(), r.value9(), r.value10()));
        }
        return new OrgUnits(regions, versions);
    }

    /** Hospitals as they were on {@code day} (only those registered then). */
    public List<HospitalVersion> hospitalsOn(LocalDate day) {
        Map<String, HospitalVersion> out = new LinkedHashMap<>();
        for (HospitalVersion v : versions) {
            if (v.validOn(day)) {
                out.put(v.code(), v);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A hospital's latest registered name, or the code when it is not registered. */
    public String hospitalName(String code) {
        return latestNames.getOrDefault(code, code);
    }

    public Region region(String code) {
        return regions.get(code);
    }

    public String name(String regionCode) {
        Region r = regions.get(regionCode);
        return r == null ? regionCode : r.name();
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    public boolean within(String code, String ancestor) {
        for (String c = code; c != null; c = parentOf(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each region's hospitals among {@code hospitals}, in their order: a hospital belongs to its own region and
     * every region above it (as {@link #within}). One walk up per hospital, instead of testing every hospital
     * against every region.
     */
    public Map<String, List<HospitalVersion>> byRegion(List<HospitalVersion> hospitals) {
        Map<String, List<HospitalVersion>> out = new HashMap<>();
        for (HospitalVersion h : hospitals) {
            for (String c = h.regionCode(); c != null; c = parentOf(c)) {
                out.computeIfAbsent(c, k -> new ArrayList<>()).add(h);
            }
        }
        return out;
    }

    private String parentOf(String code) {
        Region r = regions.get(code);
        return r == null ? null : r.parentCode();
    }

    /** The region at {@code level} that contains {@code code} (itself if it is at that level), or null. */
    public Region ancestorAt(String code, Region.Level level) {
        for (String c = code; c != null; c = parentOf(c)) {
            Region r = regions.get(c);
            if (r != null && r.level() == level) {
                return r;
            }
        }
        return null;
    }

    /** Regions at {@code level} within {@code root} (including root itself when it is at that level). */
    public List<Region> regionsAt(Region.Level level, String root) {
        List<Region> out = new ArrayList<>();
        for (Region r : regions.values()) {
            if (r.level() == level && (root == null || within(r.code(), root))) {
                out.add(r);
            }
        }
        return out;
    }

    public List<Region> children(String code) {
        List<Region> out = new ArrayList<>();
        for (Region r : regions.values()) {
            if (code.equals(r.parentCode())) {
                out.add(r);
            }
        }
        return out;
    }

    public Map<String, Region> regions() {
        return new HashMap<>(regions);
    }
}
