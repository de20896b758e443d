package io.hqd.evaluate;

/** One row of marts.evaluation: a target judged for one entity in one period. */
public record EvaluationRow(String periodCode, String targetCode, String entityType, String entityCode,
                            String entityName, Double numerator, Double denominator, Double value,
                            Double targetValue, Double pathValue, Status status, boolean provisional,
                            String evidence) {
}
