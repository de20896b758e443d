package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hqd.catalog.Target;

/**
 * A qualitative commitment (a deliverable, a relocation, a rule to issue), tracked by the state its responsible
 * unit reports rather than computed from a figure: judged in {@code io.hqd.evaluate.milestone}, so it has no
 * entities among the computed evaluations.
 */
final class MilestoneKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.milestone);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        List<RowProblem> out = new ArrayList<>();
        if (t.op() != null || t.value() != null) {
            out.add(new RowProblem("op", "milestone 类目标按进展状态评价，op 和 value 应留空"));
        }
        if (t.responsible() == null && t.evaluateAt() != Target.EvaluateAt.hospital) {
            out.add(new RowProblem("responsible",
                    "由县（区）或市评价的 milestone 须写明责任单位（responsible）；由医院承担的请设 evaluate_at=hospital"));
        }
        if (t.repeatsYearly() && t.deadline() != null && t.targetYear() != null
                && t.deadline().getYear() != t.targetYear()) {
            out.add(new RowProblem("deadline",
                    "repeat=yearly 的 deadline 表示每年的截止月日（如每年10月底前 → 目标年份-10-31），其年份应为目标年份 " + t.targetYear()));
        }
        return out;
    }

    @Override
    public List<Entity> entities(TargetContext c) {
        return List.of();
    }

    @Override
    public List<EvaluationRow> evaluate(TargetContext c, List<Entity> entities) {
        return List.of();
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        throw new IllegalStateException("milestone 目标按报告的进展状态评价（io.hqd.evaluate.milestone）");
    }

    @Override
    public String describe(Target t) {
        return "按期完成";
    }
}
