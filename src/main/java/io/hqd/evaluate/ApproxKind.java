package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;

/**
 * 左右 / 稳定在: the tolerance widens the target. With ≥ (达到2左右) anything from 2−tol upward is met, with ≤
 * anything up to value+tol; without a comparator the band value±tol is met on both sides. The stored target is
 * the edge actually applied, the same for every row of the target.
 */
final class ApproxKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.approx);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        List<RowProblem> out = new ArrayList<>();
        if (t.value() == null) {
            out.add(new RowProblem("value", "approx 类目标必须填写目标值"));
        }
        if (t.tolerance() == null || t.tolerance() < 0) {
            out.add(new RowProblem("tolerance", "approx 类目标必须填写非负的容差"));
        }
        if (t.op() != null && t.op() != Comparator.at_least && t.op() != Comparator.at_most) {
            out.add(new RowProblem("op", "approx 类目标的 op 只能是 >=（达到…左右：下沿为底线，超出亦达标）、<=（上沿为上限）或留空（稳定在…左右：两侧容差）"));
        }
        return out;
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        Target t = j.target();
        double v = m.value();
        String band = describe(t);
        Comparator op = t.op();
        if (op == Comparator.at_least || op == Comparator.at_most) {
            double edge = op == Comparator.at_least ? t.value() - t.tolerance() : t.value() + t.tolerance();
            if (op.holds(v, edge)) {
                return new Judgement(Status.met, edge, null,
                        "目标 " + band + "，已达到 " + op.symbol() + " " + TargetJudge.fmt(edge));
            }
            return TargetJudge.threshold(j, v, edge, op, "目标 " + band);
        }
        // Both edges belong to the band, with the comparators' own allowance for rounding noise.
        double low = t.value() - t.tolerance();
        double high = t.value() + t.tolerance();
        boolean notBelow = Comparator.at_least.holds(v, low);
        if (notBelow && Comparator.at_most.holds(v, high)) {
            return new Judgement(Status.met, t.value(), null, "在 " + band + " 范围内");
        }
        return notBelow ? TargetJudge.threshold(j, v, high, Comparator.at_most, "目标 " + band)
                : TargetJudge.threshold(j, v, low, Comparator.at_least, "目标 " + band);
    }

    @Override
    public String describe(Target t) {
        return TargetJudge.fmt(t.value()) + "±" + TargetJudge.fmt(t.tolerance());
    }
}
