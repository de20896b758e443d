package io.hqd.report.data;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;

/** One marts.evaluation row with what a reader needs beside it: the target's plan and wording. */
public record EvalFact(String periodCode, String targetCode, String planCode, String citation, String planTitle,
                       Target.Kind kind, Comparator op, String scopeTier, String scopeType, String nature,
                       IndicatorMeta indicator, EntityType entityType, String entityCode, String entityName,
                       String regionCode, Double numerator, Double denominator, Double value, Double targetValue,
                       Double pathValue, Status status, boolean provisional, String evidence, PlanValues plan) {

    /**
     * The target as the plan states it, the same on every row: a share or count target's own value (60 %, 6 家) and
     * the condition each hospital must meet (星级 ≥ 3). A hospital's row carries the condition as its target value,
     * so a label built from the row printed "占比 ≥ 3%".
     */
    public record PlanValues(Double value, Comparator conditionOp, Double conditionValue) {
    }

    /** A fact whose plan values are its own target value (tests and rows of kinds judged on the value itself). */
    public EvalFact(String periodCode, String targetCode, String planCode, String citation, String planTitle,
                    Target.Kind kind, Comparator op, String scopeTier, String scopeType, String nature,
                    IndicatorMeta indicator, EntityType entityType, String entityCode, String entityName,
                    String regionCode, Double numerator, Double denominator, Double value, Double targetValue,
                    Double pathValue, Status status, boolean provisional, String evidence) {
        this(periodCode, targetCode, planCode, citation, planTitle, kind, op, scopeTier, scopeType, nature, indicator,
                entityType, entityCode, entityName, regionCode, numerator, denominator, value, targetValue, pathValue,
                status, provisional, evidence, new PlanValues(targetValue, null, null));
    }

    public boolean isHospital() {
        return entityType.isHospital();
    }

    /** 三级 病例组合指数（CMI） ≥ 2.00（YA2022-01，力争）; direction and rank targets read as words. */
    public String targetLabel() {
        String who = (scopeTier == null ? "" : scopeTier) + (scopeType == null ? "" : scopeType.replace("|", "或"));
        String head = (who.isEmpty() ? "" : who + " ") + indicator.name() + " ";
        String what;
        if (op != null && op.isDirection()) {
            what = op.symbol();
        } else if (kind == Target.Kind.rank) {
            what = Comparator.top.symbol();
        } else if ((kind == Target.Kind.share || kind == Target.Kind.count) && plan.value() != null) {
            // judged on how many hospitals meet it, not on one hospital's value
            what = hospitalsCounted() + (kind == Target.Kind.share ? "占比 " : "家数 ")
                    + opText(op) + " " + shareText(plan.value()) + shareUnit();
        } else if (indicator.isFlag() && targetValue != null) {
            what = "为“是”"; // a yes/no item: ≥ 1 reads as 是
        } else if (targetValue == null) {
            what = opText(op);
        } else {
            what = opText(op) + " " + targetText() + (indicator.isPercent() ? "%" : "");
        }
        // The nature sits beside every status that prints this label: a missed 力争 is not a missed firm target.
        return head + what + "（" + targetCode + (nature == null ? "" : "，" + nature) + "）";
    }

    /** Which hospitals a share or count target counts: 为“是”的, those meeting its condition (≥ 3 的), or 达到要求的. */
    private String hospitalsCounted() {
        if (indicator.isFlag()) {
            return "为“是”的医院";
        }
        if (plan.conditionOp() == null || plan.conditionValue() == null) {
            return "达到要求的医院";
        }
        return opText(plan.conditionOp()) + " " + io.hqd.report.Fmt.num(plan.conditionValue(), indicator.decimals())
                + (indicator.isPercent() ? "%" : "") + " 的医院";
    }

    /** A share or a count of hospitals: whole hospitals, a share with one decimal when it has one (62.5%). */
    public static String shareText(Double v) {
        return v == null ? "—" : io.hqd.report.Fmt.num(v, v == Math.rint(v) ? 0 : 1);
    }

    /** The unit of a share (%) or count (家) target's value; empty for other kinds. */
    public String shareUnit() {
        return kind == Target.Kind.share ? "%" : kind == Target.Kind.count ? " 家" : "";
    }

    public String targetText() {
        return io.hqd.report.Fmt.num(targetValue, indicator.decimals());
    }

    static String opText(Comparator op) {
        return op == null ? "" : op.symbol();
    }
}
