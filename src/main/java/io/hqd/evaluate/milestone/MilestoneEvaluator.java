package io.hqd.evaluate.milestone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.TargetScope;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * Every qualitative commitment of the catalog for one period, for each unit responsible for it: the
 * hospitals in its scope, each county of its region, or the bureau of its region. Rows come most
 * overdue first, the order a 督查 list is read in.
 */
public final class MilestoneEvaluator {

    /** 逾期 first (longest overdue first), then 无数据, 按进度, 已完成, and last the closed plans' 规划期结束时未完成. */
    public static final Comparator<MilestoneRow> MOST_OVERDUE_FIRST = Comparator
            .comparing(MilestoneRow::status)
            .thenComparing(MilestoneRow::daysOverdue, Comparator.reverseOrder())
            .thenComparing(MilestoneRow::targetCode)
            .thenComparing(MilestoneRow::entityCode);

    private final Catalog catalog;
    private final OrgUnits org;
    private final TargetScope scopes;

    public MilestoneEvaluator(Catalog catalog, OrgUnits org) {
        this.catalog = catalog;
        this.org = org;
        this.scopes = new TargetScope(org);
    }

    public List<MilestoneRow> evaluate(Periods period, List<MilestoneReport> reports) {
        Map<String, List<MilestoneReport>> byUnit = reports.stream()
                .collect(Collectors.groupingBy(r -> r.targetCode() + "\u0000" + r.reporterCode()));
        Map<String, Plan> plans = catalog.plansByCode();
        List<MilestoneRow> rows = new ArrayList<>();
        for (Target t : catalog.targets()) {
            Plan plan = plans.get(t.planCode());
            if (!t.isMilestone() || (plan.startYear() != null && period.year() < plan.startYear())) {
                continue;
            }
            for (Unit u : units(t, TargetScope.region(t, plan), period)) {
                MilestoneJudge.Judgement j = MilestoneJudge.judge(t, plan, period,
                        byUnit.getOrDefault(t.targetCode() + "\u0000" + u.code(), List.of()));
                MilestoneReport r = j.basis();
                rows.add(new MilestoneRow(period.code(), t.targetCode(), t.planCode(), t.clause(), t.nature(), u.type(),
                        u.code(), u.responsible(), t.quote(), j.due(), r == null ? null : r.state().label(),
                        r == null ? null : r.stateDate(), r == null ? null : words(r, period, j.status()),
                        r == null ? null : r.document(),
                        j.status(), j.daysOverdue(), j.text(), r == null ? null : r.period().code()));
            }
        }
        rows.sort(MOST_OVERDUE_FIRST);
        return rows;
    }

    /**
     * The progress words of the report a row rests on. Words reported in an earlier quarter, behind a row that is not
     * 已完成 (无数据, 规划期结束时未完成), say which quarter they are from ("（2026Q2 报送）按计划推进中"): a meeting must
     * not read last quarter's 推进中 as this quarter's.
     */
    static String words(MilestoneReport r, Periods period, MilestoneStatus status) {
        boolean earlier = !r.period().equals(period) && status != MilestoneStatus.done;
        boolean said = !blank(r.evidence()) || !blank(r.document());
        return earlier && said ? "（" + r.period().code() + " 报送）" + (blank(r.evidence()) ? "" : r.evidence()) : r.evidence();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Who reports a commitment: a unit code (hospital or region) and the name printed as responsible. */
    public record Unit(EntityType type, String code, String responsible) {
    }

    /** "各县（区）卫生健康局" for 荥经县 prints as "荥经县卫生健康局"; a unit named on its own keeps its name. */
    static String countyResponsible(Region county, String responsible) {
        if (responsible == null) {
            return county.name();
        }
        if (!responsible.startsWith("各")) {
            return responsible;
        }
        return county.name() + responsible.replaceFirst("^各(县（区）|县\\(区\\)|区)", "");
    }

    public List<Unit> units(Target t, String scopeRegion, Periods period) {
        List<Unit> out = new ArrayList<>();
        switch (t.evaluateAt()) {
            case hospital -> {
                for (HospitalVersion h : scopes.hospitals(t, scopeRegion, org.hospitalsOn(period.end()))) {
                    out.add(new Unit(EntityType.hospital, h.code(), h.name()));
                }
            }
            case county -> {
                // a county scope is its own only county
                for (Region r : org.regionsAt(Region.Level.county, scopeRegion)) {
                    out.add(new Unit(EntityType.county, r.code(), countyResponsible(r, t.responsible())));
                }
            }
            case city, province -> out.add(new Unit(EntityType.valueOf(t.evaluateAt().name()), scopeRegion,
                    t.responsible() != null ? t.responsible() : org.name(scopeRegion)));
        }
        return out;
    }
}
