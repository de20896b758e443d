package io.hqd.evaluate;

import java.util.List;
import java.util.Set;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;

/**
 * 逐步提高 / 降低: this year to date against the same quarters a year earlier, like for like. A move the wrong
 * way (or none) before the target year's last quarter is 滞后; from then on it is 未达标.
 */
final class DirectionKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.direction);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        return t.op() != null && t.op().isDirection() ? List.of()
                : List.of(new RowProblem("op", "direction 类目标的 op 应为 up 或 down"));
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        Judging.YearOnYear yoy = j.history().yearOnYear();
        if (yoy == null || !yoy.comparable()) {
            return new Judgement(Status.no_data, null, null, "缺少可比的上年同期数据，无法判断变化方向");
        }
        double now = yoy.nowValue(m);
        double prev = yoy.before().value();
        double change = now - prev;
        String text = (yoy.note().isEmpty() ? "" : yoy.note() + "；") + "上年同期 " + TargetJudge.fmt(prev)
                + (yoy.now() == null ? "" : "，本年同口径 " + TargetJudge.fmt(now)) + "，变化 " + TargetJudge.signed(change);
        boolean flat = Math.abs(change) <= 1e-9 * Math.max(1, Math.abs(prev));
        boolean right = !flat && Math.signum(change) == (j.target().op() == Comparator.up ? 1 : -1);
        if (right) {
            return new Judgement(Status.met, prev, null, text, !yoy.note().isEmpty());
        }
        Status miss = TargetJudge.targetYearOver(j.target().targetYear(), j.period()) ? Status.not_met : Status.behind;
        return new Judgement(miss, prev, null, text + (flat ? "（持平）" : ""), !yoy.note().isEmpty());
    }

    @Override
    public String describe(Target t) {
        return t.op().symbol();
    }
}
