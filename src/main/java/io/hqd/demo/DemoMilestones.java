package io.hqd.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.hqd.catalog.Catalog;
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
 * (无数据). A done state keeps its completion date in later periods, as a real unit's would.
 */
final class DemoMilestones {
    private final Catalog catalog;
    private final List<HospitalVersion> registry;
    private final Draws draws;

    DemoMilestones(Catalog catalog, List<HospitalVersion> registry, long seed) {
        this.catalog = catalog;
        this.registry = registry;
        this.draws = new Draws(seed);
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
