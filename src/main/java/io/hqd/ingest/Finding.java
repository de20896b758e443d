package io.hqd.ingest;

/**
 * One problem found in a submitted file. An ERROR with neither element nor cell concerns the file as a
 * whole and rejects it; an ERROR on an element rejects that value; an ERROR on a cell with no element
 * (an unplaceable row) rejects nothing that was loaded but makes the submission partial.
 * {@code hospital} names the row's hospital in a county-consolidated file (null otherwise).
 */
public record Finding(String sheet, String cell, String rule, Severity severity, String message,
                      String valueSeen, String element, String hospital) {

    public static Finding file(String rule, Severity severity, String message) {
        return new Finding(null, null, rule, severity, message, null, null, null);
    }

    public static Finding at(CellRef where, String rule, Severity severity, String message, String valueSeen, String element) {
        return new Finding(where == null ? null : where.sheet(), where == null ? null : where.cell(), rule, severity,
                message, valueSeen, element, null);
    }

    public Finding withHospital(String code) {
        return new Finding(sheet, cell, rule, severity, message, valueSeen, element, code);
    }

    public boolean blocksFile() {
        return severity == Severity.ERROR && element == null && cell == null;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
