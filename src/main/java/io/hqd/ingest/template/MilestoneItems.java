package io.hqd.ingest.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Target;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.TargetScope;
import io.hqd.evaluate.milestone.MilestoneEvaluator;
import io.hqd.evaluate.milestone.MilestoneJudge;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/** The commitments one reporter answers for in a period: the rows of its 规划任务 sheet. */
public final class MilestoneItems {

    private MilestoneItems() {
    }

    public static List<MilestoneSheet.Item> forReporter(Catalog catalog, List<HospitalVersion> registry,
                                                        ReporterType type, String code, Periods period) {
        return forReporter(catalog, registry, type, code, period, Map.of());
    }

    /** {@code last}: target code -> the reporter's last state before {@code period} (the 上期状态 column). */
    public static List<MilestoneSheet.Item> forReporter(Catalog catalog, List<HospitalVersion> registry,
                                                        ReporterType type, String code, Periods period,
                                                        Map<String, LastMilestoneStates.Last> last) {
        MilestoneEvaluator evaluator = new MilestoneEvaluator(catalog, new OrgUnits(catalog.regionsByCode(), registry));
        Map<String, Plan> plans = catalog.plansByCode();
        List<MilestoneSheet.Item> out = new ArrayList<>();
        for (Target t : catalog.targets()) {
            Plan plan = plans.get(t.planCode());
            if (!t.isMilestone() || (plan.startYear() != null && period.year() < plan.startYear())) {
                continue;
            }
            boolean mine = evaluator.units(t, TargetScope.region(t, plan), period).stream()
                    .anyMatch(u -> u.code().equals(code) && u.type().isHospital() == (type == ReporterType.HOSPITAL));
            if (mine) {
                out.add(new MilestoneSheet.Item(t.targetCode(), t.planCode() + " " + (t.clause() == null ? "" : t.clause()),
                        t.quote(), MilestoneJudge.dueIn(t, period).orElse(null),
                        last.containsKey(t.targetCode()) ? last.get(t.targetCode()).text() : null));
            }
        }
        return out;
    }
}
