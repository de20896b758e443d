package io.hqd.catalog;

import java.time.LocalDate;

/** A plan document that sets targets. */
public record Plan(String planCode, String title, String issuer, String docNumber, String jurisdictionCode,
                   LocalDate issuedOn, Integer startYear, Integer endYear, String sourceFile) {

    /** How the plan is cited on paper: its document number, or its title where it has none. */
    public String citation() {
        return docNumber == null || docNumber.isBlank() ? "《" + title + "》（原文未载文号）" : docNumber;
    }
}
