package io.hqd.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One hqd installation's working folder. Everything a run reads or writes lives under it:
 * the DuckDB warehouse, the inbox hospitals' files arrive in, the content-addressed archive,
 * receipts, rendered reports, the hospital registry, settings, logs, backups and (optionally)
 * an edited plan catalog. {@code hqd init} creates one; other commands refuse a folder that is not one.
 */
public record HqdHome(Path root) {

    /** Default home: $HQD_HOME, else ./hqd-home in the current directory. */
    public static HqdHome defaultHome() {
        String env = System.getenv("HQD_HOME");
        return new HqdHome(Path.of(env != null && !env.isBlank() ? env : "hqd-home").toAbsolutePath());
    }

    public HqdHome {
        root = root.toAbsolutePath().normalize();
    }

    public Path warehouseFile() { return root.resolve("warehouse.duckdb"); }
    public Path batchMetadata() { return root.resolve("batch").resolve("metadata"); }
    public Path inbox() { return root.resolve("inbox"); }
    public Path archive() { return root.resolve("archive"); }
    public Path receipts() { return root.resolve("receipts"); }
    public Path reports() { return root.resolve("reports"); }
    public Path registry() { return root.resolve("registry"); }
    public Path hospitalRegistry() { return registry().resolve("hospitals.csv"); }
    public Path catalog() { return root.resolve("catalog"); }
    public Path settings() { return root.resolve("hqd.properties"); }
    public Path logs() { return root.resolve("logs"); }
    public Path logFile() { return logs().resolve("hqd.log"); }
    public Path backups() { return root.resolve("backups"); }
    public Path jobs() { return root.resolve("jobs"); }

    /** A folder is a home when {@code hqd init} (or the demo) made it one, or it already holds a warehouse. */
    public boolean isHome() {
        return Files.isRegularFile(settings()) || Files.isRegularFile(warehouseFile());
    }

    /** Creates the folders a run needs; safe to call every time. */
    public HqdHome ensureLayout() {
        for (Path p : new Path[] {root, inbox(), archive(), receipts(), reports(), registry(), logs(), batchMetadata().getParent()}) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new UncheckedIOException("无法创建目录 " + p + "（" + e.getClass().getSimpleName() + "）", e);
            }
        }
        return this;
    }
}
