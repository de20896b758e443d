package io.hqd.report;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.REGION;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.hqd.catalog.Region;
import io.hqd.evaluate.EntityType;
import io.hqd.report.data.RegionTree;

/**
 * Which regions get a pack: every city and county within the run's scope that has evaluation
 * results for the period (a city first, then its counties, by code).
 */
public final class PackPlanner {
    private final DSLContext dsl;

    public PackPlanner(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<String> packs(String period, String scope, RegionTree tree) {
        Set<String> touched = new HashSet<>(dsl.selectDistinct(DSL.coalesce(HOSPITAL.REGION_CODE, EVALUATION.ENTITY_CODE))
                .from(EVALUATION)
                .leftJoin(HOSPITAL).on(EVALUATION.ENTITY_TYPE.eq(EntityType.hospital).and(HOSPITAL.CODE.eq(EVALUATION.ENTITY_CODE)))
                .where(EVALUATION.PERIOD_CODE.eq(period))
                .fetch(0, String.class));
        Set<String> inScope = scope == null ? null : tree.within(scope);
        List<String> out = new ArrayList<>();
        for (var r : dsl.selectFrom(REGION).where(REGION.LEVEL.eq(Region.Level.city)).orderBy(REGION.CODE).fetch()) {
            List<String> unit = new ArrayList<>();
            unit.add(r.getCode());
            unit.addAll(tree.children(r.getCode(), Region.Level.county));
            for (String code : unit) {
                boolean wanted = inScope == null || inScope.contains(code);
                if (wanted && tree.within(code).stream().anyMatch(touched::contains)) {
                    out.add(code);
                }
            }
        }
        return out;
    }
}
