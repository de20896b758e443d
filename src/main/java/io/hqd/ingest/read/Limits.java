package io.hqd.ingest.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on what hqd will open: file size (checked before parsing), uncompressed size and compression
 * ratio of zip entries (zip bombs), and sheet dimensions. A quarterly report has a few hundred rows.
 */
public record Limits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, int maxRows, int maxColumns) {

    public static Limits defaults() {
        return new Limits(20L << 20, 64L << 20, 0.01, 20_000, 300);
    }

    /** POI keeps these limits process-wide; hqd only ever tightens them. */
    void applyZipLimits() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    }
}
