package io.hqd.evaluate.milestone;

import java.time.LocalDate;

import io.hqd.evaluate.EntityType;

/**
 * One commitment for one responsible unit in one period, as packs and workbooks print it: who, what
 * (the plan's words), by when, the state reported and its proof, the period of the report the status
 * rests on ({@code reportedPeriod}, null when never reported), and the status judged from them.
 */
public record MilestoneRow(String periodCode, String targetCode, String planCode, String clause, String nature,
                           EntityType entityType, String entityCode, String responsible, String deliverable,
                           LocalDate due, String state, LocalDate stateDate, String evidence, String document,
                           MilestoneStatus status, long daysOverdue, String text, String reportedPeriod) {
}
