package io.hqd.evaluate;

/**
 * The rows one evaluation writes for its figures, as plain values in the column order of their marts tables
 * (marts.indicator_value, marts.indicator_lineage, marts.figure_bureau, marts.region_hospital). Not jOOQ records: building a record
 * per row took two fifths of an evaluation's time, for rows that only go to the appender.
 */
public final class FigureRows {
    private FigureRows() {
    }

    /** A row of marts.indicator_value: one figure with its coverage. */
    public record Value(String runId, String periodCode, EntityType entityType, String entityCode, String indicator,
                        Double numerator, Double denominator, Double value, Integer reporting, Integer expected,
                        Boolean provisional, Integer quartersCovered, Integer quartersExpected, String missingNote) {
        Object[] columns() {
            return new Object[] {runId, periodCode, entityType, entityCode, indicator, numerator, denominator, value,
                    reporting, expected, provisional, quartersCovered, quartersExpected, missingNote};
        }
    }

    /** A row of marts.indicator_lineage: one cell a reporter's figure was computed from. */
    public record Lineage(String runId, String periodCode, String reporterCode, String indicator, String part,
                          String elementCode, String quarter, Double value, String submissionId, String originalName,
                          String sheet, String cell, Boolean carried) {
        Object[] columns() {
            return new Object[] {runId, periodCode, reporterCode, indicator, part, elementCode, quarter, value,
                    submissionId, originalName, sheet, cell, carried};
        }
    }

    /** A row of marts.figure_bureau: a bureau whose cells a region-level figure adds up. */
    public record Reporter(String runId, String periodCode, String entityCode, String indicator, String reporterCode) {
        Object[] columns() {
            return new Object[] {runId, periodCode, entityCode, indicator, reporterCode};
        }
    }

    /**
     * A row of marts.region_hospital: a hospital in a region on the period's end, whose cells the region's figures
     * of hospital-level indicators add up (marts.figure_reporter lists it from here, instead of once per figure).
     */
    public record Member(String periodCode, String regionCode, String hospitalCode) {
        Object[] columns() {
            return new Object[] {periodCode, regionCode, hospitalCode};
        }
    }
}
