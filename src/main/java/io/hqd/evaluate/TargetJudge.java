package io.hqd.evaluate;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * The status rules every kind shares: a value without coverage is 无数据; a value meeting the target is 达标;
 * a miss after the target year's last quarter is 未达标; before it, a miss is 按进度 when the value is at least
 * where the straight path from the baseline says it should be now, else 滞后. Each kind's own rule is in its
 * {@link TargetKind} class.
 */
public final class TargetJudge {

    private TargetJudge() {
    }

    /** Judges {@code m} for target {@code t} with the kind's own class. */
    public static Judgement judge(Target t, Indicator ind, Measure m, Periods period, Integer planStartYear,
                                  boolean isScopeRegion, Judging.History history) {
        return judge(new Judging(t, ind, period, planStartYear, isScopeRegion, history), m);
    }

    public static Judgement judge(Judging j, Measure m) {
        if (!m.hasValue()) {
            return new Judgement(Status.no_data, j.target().value(), null,
                    m.expected() == 0 ? "范围内没有适用的医院" : "缺少报送数据");
        }
        return TargetKinds.of(j.target().kind()).judge(j, m);
    }

    /** Whether the miss is final: the period is the target year's last quarter or later. */
    static boolean targetYearOver(Integer targetYear, Periods period) {
        return targetYear == null || period.year() > targetYear || (period.year() == targetYear && period.quarter() == 4);
    }

    static Judgement threshold(Judging j, double v, double target, Comparator op, String note) {
        String prefix = note == null ? "" : note + "；";
        if (op.holds(v, target)) {
            return new Judgement(Status.met, target, null, prefix + "已达到目标");
        }
        Target t = j.target();
        if (t.targetYear() == null) {
            // The plan states no year (e.g. an undated plan): there is no path to be on, only the value now.
            return new Judgement(Status.not_met, target, null, prefix + "目标未载明年份，按本期数值判断：未达到目标");
        }
        if (targetYearOver(t.targetYear(), j.period())) {
            return new Judgement(Status.not_met, target, null, prefix + "目标年份已到，未达到目标");
        }
        return progress(j, v, target, op, t.targetYear(), prefix);
    }

    /** Before the target year: on track when the value is at least where the straight path says it should be. */
    static Judgement progress(Judging j, double v, double target, Comparator op, int targetYear, String prefix) {
        if (!j.isScopeRegion() && j.indicator() != null && j.indicator().aggregation() == Indicator.Aggregation.flag) {
            // One hospital's yes/no has nothing between 否 and 是: no path to be on (a "0.38 due by now" means
            // nothing on paper), only not done yet while the year it is due has not ended.
            return new Judgement(Status.behind, target, null, prefix + "尚未实现，应于 " + targetYear + " 年底前实现");
        }
        Target t = j.target();
        Periods period = j.period();
        int baselineYear = t.baselineYear() != null ? t.baselineYear()
                : j.planStartYear() != null ? j.planStartYear() - 1 : targetYear - 5;
        Double baseline = j.isScopeRegion() && t.baselineValue() != null ? t.baselineValue() : null;
        String baselineNote = "基期 " + baselineYear + " 年";
        if (baseline == null) {
            Measure b = j.history().fullYear(baselineYear);
            if (b != null && b.hasValue()) {
                baseline = b.value();
                baselineNote += b.provisional() ? "（基期数据不完整，暂定）" : "";
            } else {
                // No figure for the baseline year: start the path at the earliest full year hqd holds.
                for (int y = baselineYear + 1; y < period.year() && baseline == null; y++) {
                    Measure later = j.history().fullYear(y);
                    if (later != null && later.hasValue()) {
                        baseline = later.value();
                        baselineYear = y;
                        baselineNote = "基期数据缺失，以 " + y + " 年为起点" + (later.provisional() ? "（该年数据不完整，暂定）" : "");
                    }
                }
            }
        }
        if (baseline == null || baselineYear >= targetYear) {
            return new Judgement(Status.behind, target, null, prefix + "尚未达到目标，且无基期数据无法计算进度");
        }
        double path = ProgressPath.value(baseline, baselineYear, target, targetYear, period);
        boolean onTrack = op.asGoodAs(v, path);
        return new Judgement(onTrack ? Status.on_track : Status.behind, target, path,
                prefix + baselineNote + "（" + fmt(baseline) + "），按进度本期应达 " + fmt(path));
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

    static String signed(double d) {
        return (d > 0 ? "+" : "") + fmt(d);
    }

    /** Catalog-row check shared by the kinds that compare with a stated value. */
    static java.util.List<TargetKind.RowProblem> needComparison(Target t) {
        java.util.List<TargetKind.RowProblem> out = new java.util.ArrayList<>();
        if (t.op() == null || !t.op().isNumeric()) {
            out.add(new TargetKind.RowProblem("op", t.kind() + " 类目标的 op 应为 >= <= > < = 之一"));
        }
        if (t.value() == null) {
            out.add(new TargetKind.RowProblem("value", t.kind() + " 类目标必须填写目标值"));
        }
        return out;
    }
}
