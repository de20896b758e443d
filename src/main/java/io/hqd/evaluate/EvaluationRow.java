package io.hqd.evaluate;

/**
 * One row of marts.evaluation: a target judged for one entity in one period. {@code coverageNote} says in words
 * what the figure lacks (empty when complete); for a county or city view of a target that applies to hospitals,
 * {@code hospitalsInScope} and {@code hospitalsMet} count the in-scope hospitals and those meeting it.
 */
public record EvaluationRow(String periodCode, String targetCode, EntityType entityType, String entityCode,
                            String entityName, Double numerator, Double denominator, Double value,
                            Double targetValue, Double pathValue, Status status, boolean provisional,
                            String evidence, String coverageNote, Integer hospitalsInScope, Integer hospitalsMet) {

    public EvaluationRow(String periodCode, String targetCode, EntityType entityType, String entityCode,
                         String entityName, Double numerator, Double denominator, Double value,
                         Double targetValue, Double pathValue, Status status, boolean provisional, String evidence) {
        this(periodCode, targetCode, entityType, entityCode, entityName, numerator, denominator, value, targetValue,
                pathValue, status, provisional, evidence, "", null, null);
    }
}
