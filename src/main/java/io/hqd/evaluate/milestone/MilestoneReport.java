package io.hqd.evaluate.milestone;

import java.time.LocalDate;

import io.hqd.warehouse.Periods;

/**
 * One reported state of a commitment: who reported it for which period, the state and its date (the
 * completion date when done), a short evidence text and the document or link that proves it.
 */
public record MilestoneReport(String targetCode, String reporterCode, Periods period, MilestoneState state,
                              LocalDate stateDate, String evidence, String document) {
}
