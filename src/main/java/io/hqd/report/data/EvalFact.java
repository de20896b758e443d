package io.hqd.report.data;

/** One marts.evaluation row with what a reader needs beside it: the target's plan and wording. */
public record EvalFact(String periodCode, String targetCode, String planCode, String citation, String planTitle,
                       String kind, String op, String scopeTier, String scopeType, String nature,
                       IndicatorMeta indicator, String entityType, String entityCode, String entityName,
                       String regionCode, Double numerator, Double denominator, Double value, Double targetValue,
                       Double pathValue, String status, boolean provisional, String evidence) {

    public boolean isHospital() {
        return entityType.equals("hospital");
    }

    /** 三级公立 CMI ≥ 2（YA2022-01） */
    public String targetLabel() {
        StringBuilder scope = new StringBuilder();
        if (scopeTier != null) {
            scope.append(scopeTier);
        }
        if (scopeType != null) {
            scope.append(scopeType);
        }
        String s = scope.isEmpty() ? "" : scope + " ";
        return s + indicator.name() + " " + opText(op) + " " + targetText() + "（" + targetCode + "）";
    }

    public String targetText() {
        return io.hqd.report.Fmt.num(targetValue, indicator.decimals()) + (indicator.isPercent() ? "%" : "");
    }

    static String opText(String op) {
        if (op == null) {
            return "";
        }
        return switch (op) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case "up" -> "逐步提高";
            case "down" -> "逐步降低";
            default -> op;
        };
    }
}
