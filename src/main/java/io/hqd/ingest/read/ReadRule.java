package io.hqd.ingest.read;

import io.hqd.ingest.Severity;

/** What reading a workbook can find wrong, each with its stored rule id and severity. */
public enum ReadRule {
    NOT_A_NUMBER("read_not_a_number", Severity.ERROR),
    UNIT_MISMATCH("read_unit", Severity.ERROR),
    SEPARATOR("read_separator", Severity.ERROR),
    DATE_CELL("read_date_cell", Severity.ERROR),
    CELL_ERROR("read_cell_error", Severity.ERROR),
    FORMULA_NO_CACHE("read_formula_no_cache", Severity.ERROR),
    CONFLICT("read_conflict", Severity.ERROR),
    AMBIGUOUS_NAME("read_ambiguous_name", Severity.ERROR),
    HIDDEN("read_hidden", Severity.WARNING),
    UNKNOWN_ROW("read_unknown_row", Severity.WARNING),
    OLD_TEMPLATE("read_old_template", Severity.WARNING),
    NO_TABLE("read_no_table", Severity.ERROR),
    NO_REPORTER("read_no_reporter", Severity.ERROR),
    NO_PERIOD("read_no_period", Severity.ERROR),
    MANY_REPORTERS("read_many_reporters", Severity.ERROR),
    MANY_PERIODS("read_many_periods", Severity.ERROR);

    public final String id;
    public final Severity severity;

    ReadRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }
}
