package io.hqd.registry;

import java.time.LocalDate;

/**
 * A hospital as the registry knows it during [validFrom, validTo): tier, grade, type, ownership and
 * administrative level can change (a 二级 hospital upgraded to 三级), and evaluation uses the
 * attributes the hospital had in the period being evaluated.
 */
public record HospitalVersion(String code, String name, String regionCode, LocalDate validFrom, LocalDate validTo,
                              String tier, String grade, String type, String ownership, String adminLevel) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
