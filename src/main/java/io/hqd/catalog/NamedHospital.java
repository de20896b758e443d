package io.hqd.catalog;

/** A hospital a plan names explicitly, so that targets can point at it. */
public record NamedHospital(String code, String name, String regionCode, String tier, String grade,
                            String type, String ownership, String adminLevel, String note) {
}
