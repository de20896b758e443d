package io.hqd.ingest.template;

import io.hqd.catalog.Indicator;

/** Who fills a template in: a hospital, or a county/city health bureau for region-level figures. */
public enum ReporterType {
    HOSPITAL, REGION;

    /** The catalog level of the elements this reporter fills in. */
    public Indicator.Level level() {
        return this == HOSPITAL ? Indicator.Level.hospital : Indicator.Level.region;
    }

    /** The value of staged.submission.reporter_type. */
    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReporterType fromDb(String value) {
        return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
