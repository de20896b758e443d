package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;

/** "1—2个": the floor is the target; reaching the upper value is noted as the stretch reached. */
final class RangeKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.range);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        List<RowProblem> out = new ArrayList<>();
        if (t.value() == null) {
            out.add(new RowProblem("value", "range 类目标必须填写下限"));
        }
        if (t.valueHigh() == null) {
            out.add(new RowProblem("value_high", "range 类目标必须填写上限（力争值）"));
        }
        if (t.value() != null && t.valueHigh() != null && t.valueHigh() < t.value()) {
            out.add(new RowProblem("value_high", "上限小于下限"));
        }
        return out;
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        Target t = j.target();
        boolean lowerBetter = j.indicator().direction() == Indicator.Direction.lower;
        Comparator op = lowerBetter ? Comparator.at_most : Comparator.at_least;
        double floor = lowerBetter ? t.valueHigh() : t.value();
        double stretch = lowerBetter ? t.value() : t.valueHigh();
        if (op.holds(m.value(), stretch)) {
            return new Judgement(Status.met, floor, null, "已达到力争值 " + TargetJudge.fmt(stretch));
        }
        return TargetJudge.threshold(j, m.value(), floor, op,
                "目标区间 " + TargetJudge.fmt(t.value()) + "—" + TargetJudge.fmt(t.valueHigh()));
    }

    @Override
    public String describe(Target t) {
        return TargetJudge.fmt(t.value()) + "—" + TargetJudge.fmt(t.valueHigh());
    }
}
