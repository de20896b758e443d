package io.hqd.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Target;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.TargetScope;
import io.hqd.evaluate.milestone.MilestoneEvaluator;
import io.hqd.evaluate.milestone.MilestoneJudge;
import io.hqd.evaluate.milestone.MilestoneState;
import io.hqd.ingest.template.MilestoneItems;
import io.hqd.ingest.template.MilestoneSheet;
import io.hqd.ingest.template.ReporterType;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * The states the demo's reporters enter in their 规划任务 sheets. Each commitment has a drawn
 * completion quarter (some before their due date, some after, some beyond the demo's horizon), so
 * the packs show some done, some in progress on schedule, some overdue; one row in six is left blank
 * (无数据). A done state keeps its completion date in later periods, as a real unit's would. Like the
 * demo's other deliberate defects, one commitment of a plan still running whose due date has passed by
 * the demo's last quarter is left unfinished on purpose, so 逾期 is on paper whatever the draw.
 */
final class DemoMilestones {
    private final Catalog catalog;
    private final List<HospitalVersion> registry;
    private final Draws draws;
    /** "target|reporter" of the commitment left overdue on purpose, or null when no running plan has one past due. */
    private final String overdueOnPurpose;

    DemoMilestones(Catalog catalog, List<HospitalVersion> registry, long seed, List<PlannedFile> files) {
        this.catalog = catalog;
        this.registry = registry;
        this.draws = new Draws(seed);
        this.overdueOnPurpose = overdueOnPurpose(files);
    }

    /** Among the demo's reporters in its last quarter, the past-due commitment of a running plan first in draw order. */
    private String overdueOnPurpose(List<PlannedFile> files) {
        Periods last = files.stream().map(PlannedFile::period).max(Comparator.naturalOrder()).orElse(null);
        if (last == null) {
            return null;
        }
        Set<String> reporters = new HashSet<>();
        files.stream().filter(f -> f.period().equals(last) && f.reporterCode() != null)
                .forEach(f -> reporters.add(f.hospital() + "|" + f.reporterCode()));
        MilestoneEvaluator units = new MilestoneEvaluator(catalog, new OrgUnits(catalog.regionsByCode(), registry));
        Map<String, Plan> plans = catalog.plansByCode();
        List<String> candidates = new ArrayList<>();
        for (Target t : catalog.targets()) {
            Plan plan = plans.get(t.planCode());
            boolean running = plan.lastDay().map(end -> !last.start().isAfter(end)).orElse(true);
            boolean pastDue = MilestoneJudge.dueIn(t, last).map(due -> due.isBefore(last.start())).orElse(false);
            if (!t.isMilestone() || !running || !pastDue) {
                continue;
            }
            for (MilestoneEvaluator.Unit u : units.units(t, TargetScope.region(t, plan), last)) {
                if (reporters.contains(u.type().isHospital() + "|" + u.code())) {
                    candidates.add(t.targetCode() + "|" + u.code());
                }
            }
        }
        return candidates.stream().min(Comparator.comparingLong(c -> draws.hash("overdue", c))).orElse(null);
    }

    List<MilestoneSheet.Item> items(PlannedFile f) {
        if (f.content() != PlannedFile.Content.WORKBOOK || f.reporterCode() == null
                || !f.reporterCode().equals(f.trueReporterCode())) {
            return List.of();
        }
        List<MilestoneSheet.Item> out = new ArrayList<>();
        for (MilestoneSheet.Item item : MilestoneItems.forReporter(catalog, registry,
                f.hospital() ? ReporterType.HOSPITAL : ReporterType.REGION, f.reporterCode(), f.period())) {
            out.add(item.filled(fill(item, f.reporterCode(), f.period())));
        }
        return out;
    }

    private MilestoneSheet.Fill fill(MilestoneSheet.Item item, String reporter, Periods period) {
        if ((item.targetCode() + "|" + reporter).equals(overdueOnPurpose)) {
            return new MilestoneSheet.Fill(MilestoneState.in_progress.label(), period.start(), "仍在推进，未能按期完成", "");
        }
        if (draws.unit("milestone-blank", item.targetCode(), reporter, period.code()) < 1.0 / 6) {
            return null;
        }
        // Completion between 2024Q1 and 2028Q4: before "now" for some, after their due date for others.
        int quarters = (int) Math.floor(draws.unit("milestone-done", item.targetCode(), reporter) * 20);
        Periods doneIn = new Periods(2024 + quarters / 4, quarters % 4 + 1);
        if (doneIn.compareTo(period) <= 0) {
            LocalDate on = doneIn.start().plusDays(20);
            return new MilestoneSheet.Fill(MilestoneState.done.label(), on, "已按规划完成并通过验收",
                    "示例文号〔" + on.getYear() + "〕" + (1 + Math.abs((item.targetCode() + reporter).hashCode() % 90)) + "号");
        }
        boolean started = draws.unit("milestone-start", item.targetCode(), reporter) < 0.8;
        return started ? new MilestoneSheet.Fill(MilestoneState.in_progress.label(), period.start(), "按计划推进中", "")
                : new MilestoneSheet.Fill(MilestoneState.not_started.label(), null, "", "");
    }
}
