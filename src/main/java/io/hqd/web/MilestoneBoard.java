package io.hqd.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.hqd.catalog.Catalog;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.milestone.MilestoneEvaluator;
import io.hqd.evaluate.milestone.MilestoneMart;
import io.hqd.evaluate.milestone.MilestoneRow;
import io.hqd.evaluate.milestone.MilestoneStatus;
import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;

/**
 * The 规划任务 page's figures: every qualitative commitment answered for within some regions, each with
 * the state its hospitals or bureaus reported and those that did not. Judged live from the reports in
 * force (the rules of {@code MilestoneJudge}), so a state shows as soon as its file is received.
 */
@Component
public class MilestoneBoard {
    private final WebDatabase db;
    private final Catalog catalog;
    private final HqdHome home;

    public MilestoneBoard(WebDatabase db, Catalog catalog, HqdHome home) {
        this.db = db;
        this.catalog = catalog;
        this.home = home;
    }

    /** One commitment and its responsible units in the area, worst first. */
    public record Item(String targetCode, String deliverable, String nature, LocalDate due, List<MilestoneRow> units) {
        /** Units without a state for the period: the ones to chase. */
        public long missing() {
            return units.stream().filter(u -> u.status() == MilestoneStatus.no_data).count();
        }
    }

    /** Commitments of hospitals located in {@code regions} and of the bureaus of {@code regions}, most overdue first. */
    public List<Item> items(Collection<String> regions, Periods period) {
        List<HospitalVersion> hospitals = ReferenceLoader.hospitals(home, catalog);
        Map<String, String> regionOf = new HashMap<>();
        for (HospitalVersion h : hospitals) {
            if (h.validOn(period.end())) {
                regionOf.put(h.code(), h.regionCode());
            }
        }
        List<MilestoneRow> rows = new MilestoneEvaluator(catalog, new OrgUnits(catalog.regionsByCode(), hospitals))
                .evaluate(period, new MilestoneMart(db.dsl()).reports(period));
        Map<String, List<MilestoneRow>> byTarget = new LinkedHashMap<>();
        for (MilestoneRow r : rows) {
            String region = r.entityType() == EntityType.hospital ? regionOf.get(r.entityCode()) : r.entityCode();
            if (regions.contains(region)) {
                byTarget.computeIfAbsent(r.targetCode(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Item> out = new ArrayList<>();
        byTarget.forEach((code, units) -> {
            MilestoneRow first = units.get(0);
            out.add(new Item(code, first.deliverable(), first.nature(), first.due(), List.copyOf(units)));
        });
        return out;
    }
}
