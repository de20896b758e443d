package io.hqd.catalog;

import java.time.LocalDate;
import java.util.Optional;

/** A plan document that sets targets. */
public record Plan(String planCode, String title, String issuer, String docNumber, String jurisdictionCode,
                   LocalDate issuedOn, Integer startYear, Integer endYear, String sourceFile) {

    /** The plan's last day, 31 December of its end year; empty for an undated plan. */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(endYear).map(y -> LocalDate.of(y, 12, 31));
    }

    /** How the plan is cited on paper: its document number, or its title where it has none. */
    public String citation() {
        return docNumber == null || docNumber.isBlank() ? "《" + title + "》（原文未载文号）" : docNumber;
    }
}
