package io.hqd.ingest.read;

import java.math.BigDecimal;

import io.hqd.ingest.CellRef;

/**
 * One value cell as read: element, location, the text as it stood, and the number when it could be
 * read with certainty (null when blank or unreadable). {@code hospital} is the row's hospital in a
 * county-consolidated table, else null.
 */
public record ReadCell(String element, CellRef where, String rawText, BigDecimal value, String hospital) {
    /** Prefix of a row reporter given by a name the registry does not know. */
    public static final String UNRESOLVED = "?";
}
