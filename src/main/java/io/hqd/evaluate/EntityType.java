package io.hqd.evaluate;

import io.hqd.catalog.Region;

/**
 * What an evaluated figure is for: one hospital, or a county, city or province (the {@code entity_type} column
 * of marts.indicator_value, marts.evaluation, marts.milestone_status and ops.published_evaluation).
 */
public enum EntityType {
    hospital, county, city, province;

    public boolean isHospital() {
        return this == hospital;
    }

    /** A region's own figures are of its level's type. */
    public static EntityType of(Region.Level level) {
        return switch (level) {
            case county -> county;
            case city -> city;
            case province -> province;
        };
    }
}
