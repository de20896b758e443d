package io.hqd.report.data;

import static io.hqd.warehouse.schema.staged.Tables.REGION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import io.hqd.catalog.Region;
import io.hqd.warehouse.schema.staged.tables.records.RegionRecord;

/** The region hierarchy from staged.region: which codes lie within a pack's region. */
public final class RegionTree {
    private final Map<String, RegionRecord> byCode = new LinkedHashMap<>();

    public RegionTree(DSLContext dsl) {
        for (RegionRecord r : dsl.selectFrom(REGION).orderBy(REGION.CODE).fetch()) {
            byCode.put(r.getCode(), r);
        }
    }

    public PackRegion pack(String code) {
        RegionRecord r = byCode.get(code);
        if (r == null) {
            throw new IllegalArgumentException("地区代码「" + code + "」不在地区目录中");
        }
        RegionRecord parent = r.getParentCode() == null ? null : byCode.get(r.getParentCode());
        return new PackRegion(r.getCode(), r.getName(), r.getLevel(), parent == null ? null : parent.getName());
    }

    public String name(String code) {
        RegionRecord r = byCode.get(code);
        return r == null ? code : r.getName();
    }

    /** The code itself and every region below it. */
    public Set<String> within(String code) {
        Set<String> out = new LinkedHashSet<>();
        out.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (RegionRecord r : byCode.values()) {
                if (r.getParentCode() != null && out.contains(r.getParentCode()) && out.add(r.getCode())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    public List<String> children(String code, Region.Level level) {
        List<String> out = new ArrayList<>();
        for (RegionRecord r : byCode.values()) {
            if (code.equals(r.getParentCode()) && r.getLevel() == level) {
                out.add(r.getCode());
            }
        }
        return out;
    }

    /** The county a region code belongs to (itself for a county), or null for a city or province. */
    public String countyOf(String code) {
        RegionRecord r = byCode.get(code);
        return r != null && r.getLevel() == Region.Level.county ? code : null;
    }

    /** The city a region lies in (itself for a city). */
    public String cityOf(String code) {
        for (String c = code; c != null; ) {
            RegionRecord r = byCode.get(c);
            if (r == null) {
                return null;
            }
            if (r.getLevel() == Region.Level.city) {
                return c;
            }
            c = r.getParentCode();
        }
        return null;
    }
}
