package io.hqd.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One hqd installation's working folder. Everything a run reads or writes lives under it:
 * the DuckDB warehouse, the inbox hospitals' files arrive in, the content-addressed archive,
 * receipts, rendered reports, the hospital registry and (optionally) an edited plan catalog.
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

    /** Creates the folders a run needs; safe to call every time. */
    public HqdHome ensureLayout() {
        for (Path p : new Path[] {root, inbox(), archive(), receipts(), reports(), registry(), batchMetadata().getParent()}) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new UncheckedIOException("无法创建目录 " + p, e);
            }
        }
        return this;
    }
}
