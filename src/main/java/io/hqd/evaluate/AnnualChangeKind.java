package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * 每年降低0.5个百分点 / 每年增加1000万元: a change stated per year. With a stated baseline (the plan's own region)
 * the changes accumulate over the years since the baseline: by the end of year Y the value must be
 * baseline ∓ value × (Y − baseline year), prorated by quarter within the year. Without one, this year is compared
 * like for like with the same quarters a year earlier, the yearly change prorated to the quarters compared.
 * A miss before the target year's last quarter is 滞后, from then on 未达标.
 */
final class AnnualChangeKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.annual_change);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        List<RowProblem> out = new ArrayList<>();
        if (t.op() == null || !t.op().isDirection()) {
            out.add(new RowProblem("op", "annual_change 类目标的 op 应为 up 或 down"));
        }
        if (t.value() == null || t.value() <= 0) {
            out.add(new RowProblem("value", "annual_change 类目标必须填写每年变化量（正数）"));
        }
        return out;
    }

    /** Years of change since the end of the baseline year, up to the end of {@code period}. */
    static double yearsSince(int baselineYear, Periods period) {
        return period.year() + period.quarter() / 4.0 - (baselineYear + 1);
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        Target t = j.target();
        boolean down = t.op() == Comparator.down;
        String per = "要求每年" + (down ? "降低 " : "提高 ") + TargetJudge.fmt(t.value());
        if (j.isScopeRegion() && t.baselineValue() != null && t.baselineYear() != null) {
            double years = yearsSince(t.baselineYear(), j.period());
            double required = t.baselineValue() + (down ? -1 : 1) * t.value() * years;
            String text = "基期 " + t.baselineYear() + " 年 " + TargetJudge.fmt(t.baselineValue()) + "，" + per
                    + "，累计 " + TargetJudge.fmt(years) + " 年应达 " + TargetJudge.fmt(required);
            return verdict(j, m.value(), required, down, m.value() - t.baselineValue(), text);
        }
        Judging.YearOnYear yoy = j.history().yearOnYear();
        if (yoy == null || !yoy.comparable()) {
            return new Judgement(Status.no_data, null, null, "缺少可比的上年同期数据，无法计算年度变化");
        }
        double now = yoy.nowValue(m);
        double prev = yoy.before().value();
        double step = t.value() * yoy.yearShare();
        double required = down ? prev - step : prev + step;
        String text = (yoy.note().isEmpty() ? "" : yoy.note() + "；") + "上年同期 " + TargetJudge.fmt(prev)
                + (yoy.now() == null ? "" : "，本年同口径 " + TargetJudge.fmt(now)) + "，变化 "
                + TargetJudge.signed(now - prev) + "，" + per
                + (yoy.yearShare() < 1 ? "（按所比较季度折算为 " + TargetJudge.fmt(step) + "）" : "");
        Judgement v = verdict(j, now, required, down, now - prev, text);
        return new Judgement(v.status(), v.targetValue(), null, v.evidence(), !yoy.note().isEmpty());
    }

    private static Judgement verdict(Judging j, double value, double required, boolean down, double change, String text) {
        if ((down ? Comparator.at_most : Comparator.at_least).holds(value, required)) {
            return new Judgement(Status.met, required, null, text);
        }
        boolean over = TargetJudge.targetYearOver(j.target().targetYear(), j.period());
        return new Judgement(over ? Status.not_met : Status.behind, required, null,
                text + ((down ? change < 0 : change > 0) ? "" : "（方向相反）"));
    }

    @Override
    public String describe(Target t) {
        return "每年" + (t.op() == Comparator.down ? "降低 " : "提高 ") + TargetJudge.fmt(t.value());
    }
}
