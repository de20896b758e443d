package io.hqd.evaluate;

import java.util.List;

import io.hqd.registry.HospitalVersion;

/**
 * Something a target is judged for: a hospital, or a region (county, city, province) together with
 * the hospitals of the target's scope inside it.
 */
public record Entity(EntityType type, String code, String name, List<HospitalVersion> hospitals) {

    public static Entity of(HospitalVersion h) {
        return new Entity(EntityType.hospital, h.code(), h.name(), List.of(h));
    }

    public boolean isHospital() {
        return type.isHospital();
    }
}
