package io.hqd.report.data;

import io.hqd.catalog.Region;
import io.hqd.evaluate.EntityType;

/** The region a meeting pack is for, and who issues it. */
public record PackRegion(String code, String name, Region.Level level, String parentName) {

    /** 雅安市 → 雅安市卫生健康委员会; a county's bureau is a 卫生健康局. */
    public String issuer() {
        return name + (isCounty() ? "卫生健康局" : "卫生健康委员会");
    }

    /** The type of the region's own figures in the marts. */
    public EntityType entityType() {
        return EntityType.of(level);
    }

    public boolean isCounty() {
        return level == Region.Level.county;
    }
}
