package io.hqd.evaluate.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hqd.catalog.Plan;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * Judges a qualitative commitment from the states reported for it. Every milestone status rule lives
 * here:
 * <ul>
 *   <li>due date: the target's deadline, else the end of its target year (the plan's end year); an
 *       undated plan's commitments have none;</li>
 *   <li>已完成 once a report says done (a completion after the due date is noted, not hidden);</li>
 *   <li>otherwise the state must be reported for the period itself: an older 推进中 does not carry
 *       forward, so a unit that stops reporting shows 无数据, with its last state quoted;</li>
 *   <li>逾期 when the period ends after the due date and the report is not done; else 按进度;</li>
 *   <li>a yearly commitment ({@code repeat=yearly}) is judged by the same rules within one calendar year:
 *       the period's year (past the target year, the target year), due 31 December of it (or, when the row
 *       has a {@code deadline}, that date's month and day: 每年10月底前 → 10-31 of every year), counting only
 *       that year's reports (a 已完成 belongs to the year of its date); the text says the year
 *       ("2026 年：已完成…") and last year's outcome when it was reported;</li>
 *   <li>a plan whose period has ended (a period starting after its last day, 31 December of its end year)
 *       is judged at that last day, once and for all: 已完成 when a report says done on or before it (a
 *       done report without a date counts when it is for a quarter within the plan), else 规划期结束时未完成,
 *       with the last state reported within the plan and no running day count; such items are never 逾期
 *       and are not in the current 逾期 totals ({@link MilestoneStatus#pastDue}). A completion after the
 *       plan's end is noted, not counted.</li>
 * </ul>
 */
public final class MilestoneJudge {

    private MilestoneJudge() {
    }

    public record Judgement(MilestoneStatus status, LocalDate due, long daysOverdue, MilestoneReport basis, String text) {
    }

    /** The day a commitment is due, if the plan gives or implies one. */
    public static Optional<LocalDate> due(Target t) {
        if (t.deadline() != null) {
            return Optional.of(t.deadline());
        }
        return Optional.ofNullable(t.targetYear()).map(y -> LocalDate.of(y, 12, 31));
    }

    /** The due date that applies in {@code period}: for a yearly commitment, the end of the year judged. */
    public static Optional<LocalDate> dueIn(Target t, Periods period) {
        return t.repeatsYearly() ? Optional.of(dueInYear(t, judgedYear(t, period))) : due(t);
    }

    /** A yearly commitment's due day in {@code year}: the deadline's month and day, else 31 December. */
    static LocalDate dueInYear(Target t, int year) {
        return t.deadline() == null ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, t.deadline().getMonth(), t.deadline().getDayOfMonth());
    }

    /** The calendar year a yearly commitment is judged for: the period's, but never past the target year. */
    static int judgedYear(Target t, Periods period) {
        return t.targetYear() == null ? period.year() : Math.min(period.year(), t.targetYear());
    }

    /**
     * Judges {@code t} of {@code plan} in {@code period}: by the current rules while the plan runs, at the plan's
     * last day once its period has ended.
     */
    public static Judgement judge(Target t, Plan plan, Periods period, List<MilestoneReport> reports) {
        LocalDate end = plan == null ? null : plan.lastDay().orElse(null);
        if (end == null || !period.start().isAfter(end)) {
            return judge(t, period, reports);
        }
        Periods lastQuarter = new Periods(end.getYear(), 4);
        // A report counts if it speaks of the plan's period: done on or before its last day (even if reported
        // later), any other state reported for a quarter within it. Judged as if reported in the last quarter.
        Map<MilestoneReport, MilestoneReport> original = new IdentityHashMap<>();
        List<MilestoneReport> within = reports.stream().filter(r -> r.period().compareTo(period) <= 0)
                .filter(r -> withinPlan(r, end, lastQuarter)).map(r -> {
                    MilestoneReport at = r.period().compareTo(lastQuarter) <= 0 ? r : new MilestoneReport(r.targetCode(),
                            r.reporterCode(), lastQuarter, r.state(), r.stateDate(), r.evidence(), r.document());
                    original.put(at, r);
                    return at;
                }).toList();
        Judgement atEnd = judge(t, lastQuarter, within);
        MilestoneReport basis = atEnd.basis() == null ? null : original.get(atEnd.basis());
        String span = "规划期 " + (plan.startYear() == null ? "" : plan.startYear() + "—") + plan.endYear() + " 年已结束";
        if (atEnd.status() == MilestoneStatus.done) {
            return new Judgement(MilestoneStatus.done, atEnd.due(), 0, basis, atEnd.text() + "（" + span + "）");
        }
        MilestoneReport last = within.stream().max(Comparator.comparing(MilestoneReport::period)).map(original::get).orElse(null);
        String state = last == null ? "规划期内从未报告进展"
                : "规划期内最后报告（" + last.period() + "）为" + last.state().label();
        String due = atEnd.due() != null && atEnd.due().isBefore(end) ? "，期限 " + atEnd.due() : "";
        String later = reports.stream().filter(r -> r.period().compareTo(period) <= 0 && r.state() == MilestoneState.done
                        && !withinPlan(r, end, lastQuarter)).findFirst()
                .map(r -> "；规划期结束后报告完成" + (r.stateDate() == null ? "（" + r.period() + "）" : "（" + r.stateDate() + "）")
                        + "，不计入规划期").orElse("");
        return new Judgement(MilestoneStatus.closed, atEnd.due(), 0, last,
                "规划期结束时未完成（" + span + "，止于 " + end + due + "；" + state + "）" + later);
    }

    /** Whether a report speaks of a plan's period ending on {@code end}: see the class comment. */
    private static boolean withinPlan(MilestoneReport r, LocalDate end, Periods lastQuarter) {
        return r.state() == MilestoneState.done && r.stateDate() != null ? !r.stateDate().isAfter(end)
                : r.period().compareTo(lastQuarter) <= 0;
    }

    /** {@code reports}: everything this unit reported for this target, any period (rules of a running plan). */
    public static Judgement judge(Target t, Periods period, List<MilestoneReport> reports) {
        if (!t.repeatsYearly()) {
            return judge(due(t).orElse(null), period, reports);
        }
        int year = judgedYear(t, period);
        Judgement j = judge(dueInYear(t, year), period, inYear(reports, year, period));
        List<MilestoneReport> lastYear = inYear(reports, year - 1, period);
        String before = lastYear.isEmpty() ? ""
                : "；" + (year - 1) + " 年：" + (lastYear.stream().anyMatch(r -> r.state() == MilestoneState.done) ? "已完成" : "未完成");
        return new Judgement(j.status(), j.due(), j.daysOverdue(), j.basis(), year + " 年：" + j.text() + before);
    }

    /** The reports up to {@code period} that count for {@code year}: a 已完成 by its date, any other by its period. */
    private static List<MilestoneReport> inYear(List<MilestoneReport> reports, int year, Periods period) {
        return reports.stream().filter(r -> r.period().compareTo(period) <= 0)
                .filter(r -> (r.state() == MilestoneState.done && r.stateDate() != null ? r.stateDate().getYear()
                        : r.period().year()) == year).toList();
    }

    private static Judgement judge(LocalDate due, Periods period, List<MilestoneReport> reports) {
        long late = due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, period.end()));
        List<MilestoneReport> upToNow = reports.stream().filter(r -> r.period().compareTo(period) <= 0)
                .sorted(Comparator.comparing(MilestoneReport::period)).toList();
        Optional<MilestoneReport> done = upToNow.stream().filter(r -> r.state() == MilestoneState.done).findFirst();
        if (done.isPresent()) {
            MilestoneReport r = done.get();
            LocalDate on = r.stateDate();
            String when = on == null ? "" : "（" + on + " 完成";
            String lateNote = on != null && due != null && on.isAfter(due) ? "，晚于期限 " + due + "）" : on == null ? "" : "）";
            return new Judgement(MilestoneStatus.done, due, 0, r, "已完成" + when + lateNote);
        }
        Optional<MilestoneReport> current = upToNow.stream().filter(r -> r.period().equals(period)).reduce((a, b) -> b);
        String deadline = due == null ? "原文未定期限" : "期限 " + due;
        if (current.isEmpty()) {
            String last = upToNow.isEmpty() ? "从未报告进展"
                    : "本期未报告，上次（" + upToNow.getLast().period() + "）为" + upToNow.getLast().state().label();
            String overdue = late > 0 ? "；已过期限 " + late + " 天" : "";
            return new Judgement(MilestoneStatus.no_data, due, late, upToNow.isEmpty() ? null : upToNow.getLast(),
                    last + "（" + deadline + "）" + overdue);
        }
        MilestoneReport r = current.get();
        if (late > 0) {
            return new Judgement(MilestoneStatus.overdue, due, late, r,
                    r.state().label() + "，已过期限 " + due + " " + late + " 天");
        }
        return new Judgement(MilestoneStatus.on_schedule, due, 0, r, r.state().label() + "（" + deadline + "）");
    }
}
