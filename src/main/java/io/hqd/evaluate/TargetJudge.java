package io.hqd.evaluate;

import java.util.function.IntFunction;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * Judges a measured value against a target, one method per kind of target. Every status rule
 * lives here and nowhere else.
 */
public final class TargetJudge {

    /** The entity's own figures in other periods (baseline year, previous year). */
    public interface History {
        /** The year-to-date measure at the end of {@code year} (Q4), or null when there is none. */
        Measure fullYear(int year);

        /** The measure for the same quarter one year earlier. */
        Measure sameQuarterLastYear();
    }

    private TargetJudge() {
    }

    public static Judgement judge(Target t, Indicator ind, Measure m, Periods period, Integer planStartYear,
                                  boolean isScopeRegion, History history) {
        if (!m.hasValue()) {
            return new Judgement(Status.no_data, t.value(), null, m.expected() == 0 ? "范围内没有适用的医院" : "缺少报送数据");
        }
        double v = m.value();
        return switch (t.kind()) {
            case each, share, count, total, region_rate -> threshold(t, v, t.value(), t.op(), period, planStartYear, isScopeRegion, history, null);
            case deadline -> deadline(t, v, period, planStartYear, isScopeRegion, history);
            case range -> range(t, ind, v, period, planStartYear, isScopeRegion, history);
            case approx -> approx(t, v, period, planStartYear, isScopeRegion, history);
            case direction -> direction(t, v, history);
            case annual_change -> annualChange(t, v, history);
            case growth -> growth(t, v, period, planStartYear, isScopeRegion, history);
            case rank -> throw new IllegalStateException("rank 目标在 Evaluator 中按同级排名判断");
            case milestone -> throw new IllegalStateException("milestone 目标按报告的进展状态评价（io.hqd.evaluate.milestone）");
        };
    }

    private static Judgement threshold(Target t, double v, double target, String op, Periods period, Integer planStartYear,
                                       boolean isScopeRegion, History history, String note) {
        String prefix = note == null ? "" : note + "；";
        if (Comparison.holds(v, op, target)) {
            return new Judgement(Status.met, target, null, prefix + "已达到目标");
        }
        if (t.targetYear() == null) {
            // The plan states no year (e.g. an undated plan): there is no path to be on, only the value now.
            return new Judgement(Status.not_met, target, null, prefix + "目标未载明年份，按本期数值判断：未达到目标");
        }
        int targetYear = t.targetYear();
        if (period.year() > targetYear || (period.year() == targetYear && period.quarter() == 4)) {
            return new Judgement(Status.not_met, target, null, prefix + "目标年份已到，未达到目标");
        }
        return progress(t, v, target, op, targetYear, period, planStartYear, isScopeRegion, history, prefix);
    }

    /** Before the target year: on track when the value is at least where the straight path says it should be. */
    private static Judgement progress(Target t, double v, double target, String op, int targetYear, Periods period,
                                      Integer planStartYear, boolean isScopeRegion, History history, String prefix) {
        int baselineYear = t.baselineYear() != null ? t.baselineYear()
                : planStartYear != null ? planStartYear - 1 : targetYear - 5;
        Double baseline = isScopeRegion && t.baselineValue() != null ? t.baselineValue() : null;
        String baselineNote = "基期 " + baselineYear + " 年";
        if (baseline == null) {
            Measure b = history.fullYear(baselineYear);
            if (b != null && b.hasValue()) {
                baseline = b.value();
            } else {
                // No figure for the baseline year: start the path at the earliest full year hqd holds.
                for (int y = baselineYear + 1; y < period.year() && baseline == null; y++) {
                    Measure later = history.fullYear(y);
                    if (later != null && later.hasValue()) {
                        baseline = later.value();
                        baselineYear = y;
                        baselineNote = "基期数据缺失，以 " + y + " 年为起点";
                    }
                }
            }
        }
        if (baseline == null || baselineYear >= targetYear) {
            return new Judgement(Status.behind, target, null, prefix + "尚未达到目标，且无基期数据无法计算进度");
        }
        double path = ProgressPath.value(baseline, baselineYear, target, targetYear, period);
        boolean onTrack = Comparison.asGoodAs(v, op, path);
        return new Judgement(onTrack ? Status.on_track : Status.behind, target, path,
                prefix + baselineNote + "（" + fmt(baseline) + "），按进度本期应达 " + fmt(path));
    }

    private static Judgement deadline(Target t, double v, Periods period, Integer planStartYear, boolean isScopeRegion,
                                      History history) {
        if (Comparison.holds(v, t.op(), t.value())) {
            return new Judgement(Status.met, t.value(), null, "已完成（期限 " + t.deadline() + "）");
        }
        if (!period.end().isBefore(t.deadline())) {
            return new Judgement(Status.not_met, t.value(), null, "期限 " + t.deadline() + " 已过，未完成");
        }
        return progress(t, v, t.value(), t.op(), t.deadline().getYear(), period, planStartYear, isScopeRegion, history,
                "期限 " + t.deadline() + "；");
    }

    /** "1—2个": the floor is the target; reaching the upper value is noted as the stretch reached. */
    private static Judgement range(Target t, Indicator ind, double v, Periods period, Integer planStartYear,
                                   boolean isScopeRegion, History history) {
        boolean lowerBetter = ind.direction() == Indicator.Direction.lower;
        String op = lowerBetter ? "<=" : ">=";
        double floor = lowerBetter ? t.valueHigh() : t.value();
        double stretch = lowerBetter ? t.value() : t.valueHigh();
        if (Comparison.holds(v, op, stretch)) {
            return new Judgement(Status.met, floor, null, "已达到力争值 " + fmt(stretch));
        }
        return threshold(t, v, floor, op, period, planStartYear, isScopeRegion, history,
                "目标区间 " + fmt(t.value()) + "—" + fmt(t.valueHigh()));
    }

    /**
     * 左右 / 稳定在: the tolerance widens the target. With ≥ (达到2左右) anything from 2−tol upward is met, with ≤
     * anything up to value+tol; without a comparator the band value±tol is met on both sides. The stored target is
     * the edge actually applied, the same for every row of the target.
     */
    private static Judgement approx(Target t, double v, Periods period, Integer planStartYear, boolean isScopeRegion,
                                    History history) {
        String band = fmt(t.value()) + "±" + fmt(t.tolerance());
        String op = t.op();
        if (">=".equals(op) || "<=".equals(op)) {
            double edge = ">=".equals(op) ? t.value() - t.tolerance() : t.value() + t.tolerance();
            if (Comparison.holds(v, op, edge)) {
                return new Judgement(Status.met, edge, null, "目标 " + band + "，已达到 " + Comparison.symbol(op) + " " + fmt(edge));
            }
            return threshold(t, v, edge, op, period, planStartYear, isScopeRegion, history, "目标 " + band);
        }
        if (Math.abs(v - t.value()) <= t.tolerance() + 1e-9) {
            return new Judgement(Status.met, t.value(), null, "在 " + band + " 范围内");
        }
        String side = v < t.value() ? ">=" : "<=";
        double edge = v < t.value() ? t.value() - t.tolerance() : t.value() + t.tolerance();
        return threshold(t, v, edge, side, period, planStartYear, isScopeRegion, history, "目标 " + band);
    }

    /** 逐步提高 / 降低: judged against the same quarter a year earlier (year to date). */
    private static Judgement direction(Target t, double v, History history) {
        Measure prev = history.sameQuarterLastYear();
        if (prev == null || !prev.hasValue()) {
            return new Judgement(Status.no_data, null, null, "缺少上年同期数据，无法判断变化方向");
        }
        double change = v - prev.value();
        boolean up = "up".equals(t.op());
        String text = "上年同期 " + fmt(prev.value()) + "，变化 " + signed(change);
        if (Math.abs(change) <= 1e-9 * Math.max(1, Math.abs(prev.value()))) {
            return new Judgement(Status.behind, prev.value(), null, text + "（持平）");
        }
        boolean right = up ? change > 0 : change < 0;
        return new Judgement(right ? Status.met : Status.not_met, prev.value(), null, text);
    }

    /** 每年降低0.5个百分点: the change over a year must be at least the stated amount, in the stated direction. */
    private static Judgement annualChange(Target t, double v, History history) {
        Measure prev = history.sameQuarterLastYear();
        if (prev == null || !prev.hasValue()) {
            return new Judgement(Status.no_data, null, null, "缺少上年同期数据，无法计算年度变化");
        }
        boolean down = "down".equals(t.op());
        double required = down ? prev.value() - t.value() : prev.value() + t.value();
        double change = v - prev.value();
        String text = "上年同期 " + fmt(prev.value()) + "，变化 " + signed(change) + "，要求每年" + (down ? "降低 " : "提高 ") + fmt(t.value());
        if (Comparison.holds(v, down ? "<=" : ">=", required)) {
            return new Judgement(Status.met, required, null, text);
        }
        boolean rightWay = down ? change < 0 : change > 0;
        return new Judgement(rightWay ? Status.behind : Status.not_met, required, null, text);
    }

    /**
     * 增加10% / 每年10%递增: a relative change. With a baseline year the figure must reach the baseline
     * year's figure × (1 ± value%) by the target year; without one, each year must change by value% on
     * the same quarter of the previous year (so the yearly amounts compound).
     */
    private static Judgement growth(Target t, double v, Periods period, Integer planStartYear, boolean isScopeRegion,
                                    History history) {
        boolean down = "down".equals(t.op());
        double factor = 1 + (down ? -t.value() : t.value()) / 100;
        String op = down ? "<=" : ">=";
        if (t.baselineYear() == null) {
            Measure prev = history.sameQuarterLastYear();
            if (prev == null || !prev.hasValue()) {
                return new Judgement(Status.no_data, null, null, "缺少上年同期数据，无法计算年度增幅");
            }
            double required = prev.value() * factor;
            String text = "上年同期 " + fmt(prev.value()) + "，要求每年" + (down ? "降低 " : "递增 ") + fmt(t.value()) + "%，本期应达 " + fmt(required);
            if (Comparison.holds(v, op, required)) {
                return new Judgement(Status.met, required, null, text);
            }
            boolean rightWay = down ? v < prev.value() : v > prev.value();
            return new Judgement(rightWay ? Status.behind : Status.not_met, required, null, text);
        }
        Double base = isScopeRegion && t.baselineValue() != null ? t.baselineValue() : null;
        int baseYear = t.baselineYear();
        String baseNote = "基期 " + baseYear + " 年";
        for (int y = baseYear; base == null && y < period.year(); y++) {
            // No figure for the baseline year: the earliest full year hqd holds stands in, and the text says so.
            Measure b = history.fullYear(y);
            if (b != null && b.hasValue()) {
                base = b.value();
                baseNote = y == baseYear ? baseNote : "基期 " + baseYear + " 年数据缺失，以 " + y + " 年";
            }
        }
        if (base == null) {
            return new Judgement(Status.no_data, null, null, "缺少基期 " + baseYear + " 年及其后全年数据，无法计算相对基期的增幅");
        }
        return threshold(t, v, base * factor, op, period, planStartYear, isScopeRegion, history,
                baseNote + " " + fmt(base) + "，要求" + (down ? "降低 " : "增加 ") + fmt(t.value()) + "%");
    }

    /** Ranks are judged among the entities hqd holds data for: say so on paper. */
    public static Judgement rank(Target t, int rank, int peers, IntFunction<Integer> cutoffFor) {
        int cutoff = t.value() != null ? t.value().intValue() : cutoffFor.apply(peers);
        String text = "在本系统数据范围内排名第 " + rank + "／" + peers + "（前列取前 " + cutoff + " 名；系统仅能在其掌握的数据内排名，非官方全省排名）";
        return new Judgement(rank <= cutoff ? Status.met : Status.not_met, (double) cutoff, null, text);
    }

    static String fmt(Double d) {
        if (d == null) {
            return "—";
        }
        if (Math.abs(d - Math.rint(d)) < 1e-9) {
            return String.valueOf((long) Math.rint(d));
        }
        return String.format("%.2f", d);
    }

    private static String signed(double d) {
        return (d > 0 ? "+" : "") + fmt(d);
    }
}
