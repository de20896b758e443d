package io.hqd.web;

import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.REGION;

import java.util.List;

import org.springframework.stereotype.Component;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Region;
import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.ReferenceLoader;

/** Names and membership of hospitals and regions, for pages and for checking an account's organisation. */
@Component
public class Orgs {
    private final WebDatabase db;
    private final Catalog catalog;
    private final HqdHome home;

    public Orgs(WebDatabase db, Catalog catalog, HqdHome home) {
        this.db = db;
        this.catalog = catalog;
        this.home = home;
    }

    public String name(String code) {
        if (code == null) {
            return "";
        }
        Region r = catalog.regionsByCode().get(code);
        if (r != null) {
            return r.name();
        }
        String h = db.dsl().select(HOSPITAL.NAME).from(HOSPITAL).where(HOSPITAL.CODE.eq(code)).fetchOne(HOSPITAL.NAME);
        return h == null ? code : h;
    }

    /** The region a hospital belongs to (from the warehouse's registry copy), or null. */
    public String regionOf(String hospitalCode) {
        return db.dsl().select(HOSPITAL.REGION_CODE).from(HOSPITAL).where(HOSPITAL.CODE.eq(hospitalCode))
                .fetchOne(HOSPITAL.REGION_CODE);
    }

    /** Counties (and districts) under a city, from the warehouse's region table. */
    public List<String> countiesOf(String cityCode) {
        return db.dsl().select(REGION.CODE).from(REGION).where(REGION.PARENT_CODE.eq(cityCode))
                .orderBy(REGION.CODE).fetch(REGION.CODE);
    }

    /** A city statistician runs its own city or one of its counties, never the whole province. */
    public boolean withinCity(String city, String scope) {
        return scope != null && (scope.strip().equals(city) || countiesOf(city).contains(scope.strip()));
    }

    /** Every region hospitals can belong to, for an admin's view of the whole warehouse. */
    public List<String> allCounties() {
        return db.dsl().select(REGION.CODE).from(REGION).where(REGION.LEVEL.ne(Region.Level.province))
                .orderBy(REGION.CODE).fetch(REGION.CODE);
    }

    /** Checks that an account's organisation fits its role; the message says what is wrong. */
    public static void check(Role role, String org, HqdHome home, Catalog catalog) {
        if (!role.needsOrg()) {
            return;
        }
        if (role == Role.HOSPITAL) {
            List<HospitalVersion> hospitals = ReferenceLoader.hospitals(home, catalog);
            if (hospitals.stream().noneMatch(h -> h.code().equals(org))) {
                throw new IllegalArgumentException("机构代码 " + org + " 不在机构名录中");
            }
            return;
        }
        Region r = catalog.regionsByCode().get(org);
        Region.Level level = role == Role.COUNTY ? Region.Level.county : Region.Level.city;
        if (r == null || r.level() != level) {
            throw new IllegalArgumentException("区划代码 " + org + (r == null ? " 不在计划目录的区划表中"
                    : " 不是" + (role == Role.COUNTY ? "区县" : "市") + "级区划（" + r.name() + "）"));
        }
    }

    public void check(Role role, String org) {
        check(role, org, home, catalog);
    }
}
