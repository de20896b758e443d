package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;

/**
 * 增加10% / 每年10%递增: a relative change. With a baseline year the figure must reach the baseline year's figure
 * × (1 ± value%) by the target year (on the straight path before it); without one, each year must change by value%
 * on the same quarters of the previous year, compared like for like, so the yearly amounts compound.
 */
final class GrowthKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.growth);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        List<RowProblem> out = new ArrayList<>();
        if (t.op() == null || !t.op().isDirection()) {
            out.add(new RowProblem("op", "growth 类目标的 op 应为 up 或 down"));
        }
        if (t.value() == null || t.value() <= 0) {
            out.add(new RowProblem("value", "growth 类目标必须填写变化幅度（百分比，正数）"));
        }
        return out;
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        Target t = j.target();
        boolean down = t.op() == Comparator.down;
        double factor = 1 + (down ? -t.value() : t.value()) / 100;
        Comparator op = down ? Comparator.at_most : Comparator.at_least;
        if (t.baselineYear() == null) {
            Judging.YearOnYear yoy = j.history().yearOnYear();
            if (yoy == null || !yoy.comparable()) {
                return new Judgement(Status.no_data, null, null, "缺少可比的上年同期数据，无法计算年度增幅");
            }
            double now = yoy.nowValue(m);
            double prev = yoy.before().value();
            double required = prev * factor;
            String text = (yoy.note().isEmpty() ? "" : yoy.note() + "；") + "上年同期 " + TargetJudge.fmt(prev)
                    + (yoy.now() == null ? "" : "，本年同口径 " + TargetJudge.fmt(now)) + "，要求每年"
                    + (down ? "降低 " : "递增 ") + TargetJudge.fmt(t.value()) + "%，本期应达 " + TargetJudge.fmt(required);
            Status status = op.holds(now, required) ? Status.met
                    : TargetJudge.targetYearOver(t.targetYear(), j.period()) ? Status.not_met : Status.behind;
            return new Judgement(status, required, null, text, !yoy.note().isEmpty());
        }
        Double base = j.isScopeRegion() && t.baselineValue() != null ? t.baselineValue() : null;
        int baseYear = t.baselineYear();
        String baseNote = "基期 " + baseYear + " 年";
        for (int y = baseYear; base == null && y < j.period().year(); y++) {
            // No figure for the baseline year: the earliest full year hqd holds stands in, and the text says so.
            Measure b = j.history().fullYear(y);
            if (b != null && b.hasValue()) {
                base = b.value();
                baseNote = (y == baseYear ? baseNote : "基期 " + baseYear + " 年数据缺失，以 " + y + " 年")
                        + (b.provisional() ? "（该年数据不完整，暂定）" : "");
            }
        }
        if (base == null) {
            return new Judgement(Status.no_data, null, null, "缺少基期 " + baseYear + " 年及其后全年数据，无法计算相对基期的增幅");
        }
        return TargetJudge.threshold(j, m.value(), base * factor, op,
                baseNote + " " + TargetJudge.fmt(base) + "，要求" + (down ? "降低 " : "增加 ") + TargetJudge.fmt(t.value()) + "%");
    }

    @Override
    public String describe(Target t) {
        return (t.op() == Comparator.down ? "降低 " : "增加 ") + TargetJudge.fmt(t.value()) + "%";
    }
}
