package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hqd.catalog.Target;

/** Something to be reached by a date ("2025年6月底前建成"): after the date a miss is 未达标. */
final class DeadlineKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.deadline);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        List<RowProblem> out = new ArrayList<>(TargetJudge.needComparison(t));
        if (t.deadline() == null) {
            out.add(new RowProblem("deadline", "deadline 类目标必须填写截止日期"));
        }
        return out;
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        Target t = j.target();
        double v = m.value();
        if (t.op().holds(v, t.value())) {
            return new Judgement(Status.met, t.value(), null, "已完成（期限 " + t.deadline() + "）");
        }
        if (!j.period().end().isBefore(t.deadline())) {
            return new Judgement(Status.not_met, t.value(), null, "期限 " + t.deadline() + " 已过，未完成");
        }
        return TargetJudge.progress(j, v, t.value(), t.op(), t.deadline().getYear(), "期限 " + t.deadline() + "；");
    }

    @Override
    public String describe(Target t) {
        return t.deadline() + " 前 " + t.op().symbol() + " " + TargetJudge.fmt(t.value());
    }
}
