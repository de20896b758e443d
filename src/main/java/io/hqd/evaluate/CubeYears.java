package io.hqd.evaluate;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * The years of values a run reads, so the {@link ValueCube} holds those and not the warehouse's whole history.
 * Figures are year to date: a period's figures read its own year only. Judging targets for a period also reads,
 * from the target kinds:
 * <ul>
 *   <li>the same quarters a year earlier (a like-for-like comparison: growth and annual change without a baseline,
 *   direction);</li>
 *   <li>the baseline year's full year, and the years after it up to last year when it has no figure (growth with a
 *   baseline year; and, before the target year is over, the straight path from the baseline: baseline year, else
 *   the year before the plan's first, else five years before the target year);</li>
 *   <li>every year of the plan period for a plan-period total (from the year after the baseline, else the plan's
 *   first year).</li>
 * </ul>
 * The range is a superset of what is read (e.g. a total that turns out not to be cumulative still counts), never a
 * subset: evaluations from the bounded cube equal those from every value in force.
 */
final class CubeYears {
    private CubeYears() {
    }

    /** The years a period's figures read: its own (year to date). */
    static SortedSet<Integer> forFigures(Periods period) {
        return new TreeSet<>(java.util.List.of(period.year()));
    }

    /** The years judging every target of the catalog for {@code period} reads, oldest first. */
    static SortedSet<Integer> forTargets(Catalog catalog, Periods period) {
        Map<String, Plan> plans = catalog.plansByCode();
        int from = period.year() - 1;   // year on year
        for (Target t : catalog.targets()) {
            if (t.isMilestone()) {
                continue;   // judged on reported states, not values
            }
            Plan plan = plans.get(t.planCode());
            Integer start = plan == null ? null : plan.startYear();
            if (t.baselineYear() != null) {
                from = Math.min(from, t.baselineYear());   // growth's base year; a total counts from the year after
            }
            if (t.kind() == Target.Kind.total && start != null) {
                from = Math.min(from, start);               // a plan-period total counts from the plan's first year
            }
            for (Integer end : new Integer[] {t.targetYear(), t.deadline() == null ? null : t.deadline().getYear()}) {
                if (end != null && !TargetJudge.targetYearOver(end, period)) {
                    // still on the way: the path starts at the baseline year's full-year figure
                    from = Math.min(from, t.baselineYear() != null ? t.baselineYear() : start != null ? start - 1 : end - 5);
                }
            }
        }
        SortedSet<Integer> years = new TreeSet<>();
        for (int y = from; y <= period.year(); y++) {
            years.add(y);
        }
        return years;
    }
}
