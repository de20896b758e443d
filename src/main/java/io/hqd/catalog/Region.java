package io.hqd.catalog;

/** An administrative region: province, city, or county/district (GB/T 2260 code). */
public record Region(String code, String name, Level level, String parentCode) {
    public enum Level { province, city, county }
}
