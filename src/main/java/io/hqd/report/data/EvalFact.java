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
                       Double pathValue, Status status, boolean provisional, String evidence) {

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
        } else if ((kind == Target.Kind.share || kind == Target.Kind.count) && targetValue != null) {
            // judged on how many hospitals meet it, not on one hospital's value
            what = (indicator.isFlag() ? "为“是”的医院" : "达到要求的医院") + (kind == Target.Kind.share ? "占比 " : "家数 ")
                    + opText(op) + " " + shareText(targetValue) + shareUnit();
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
