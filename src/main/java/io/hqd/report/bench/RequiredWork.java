package io.hqd.report.bench;

import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.Record;

import io.hqd.home.HqdHome;
import io.hqd.warehouse.Warehouse;

/**
 * What an initial load must do besides reading and validating its files, each part measured alone on the same files
 * at its cheapest: read and hash every file, copy it into an archive, write two receipt files for it (their bytes
 * taken ready-made from the loaded home, so nothing is composed or compressed), and append the rows that carry every
 * value's lineage (the loaded warehouse's raw cells and staged values) to tables without keys, a transaction per
 * 128 files' rows as the ingest commits. With the start-up and the floor, it says how much of a goal's time is left
 * for reading, validating and everything else.
 */
public final class RequiredWork {
    private static final int FILES_PER_TRANSACTION = 128;

    private RequiredWork() {
    }

    /** CPU seconds of each part, and the rows appended. */
    public record Costs(double hashing, double archiving, double receiptFiles, double appending, long rows) {
        public double total() {
            return hashing + archiving + receiptFiles + appending;
        }
    }

    public static Costs measure(List<Path> files, HqdHome loaded, Path scratch) throws Exception {
        Path root = Files.createDirectories(scratch.resolve("required-work"));
        try {
            long t0 = cpuNanos();
            List<byte[]> bytes = new ArrayList<>(files.size());
            List<String> hashes = new ArrayList<>(files.size());
            for (Path f : files) {
                byte[] b = Files.readAllBytes(f);
                bytes.add(b);
                hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)));
            }
            long t1 = cpuNanos();
            for (int i = 0; i < files.size(); i++) {
                String sha = hashes.get(i);
                Path dir = Files.createDirectories(root.resolve("archive").resolve(sha.substring(0, 2)));
                Path part = dir.resolve(sha + ".part");
                Files.write(part, bytes.get(i));
                Files.move(part, dir.resolve(sha + ".xlsx"), StandardCopyOption.ATOMIC_MOVE);
            }
            long t2 = cpuNanos();
            List<Path> receipts;
            try (Stream<Path> s = Files.walk(loaded.receipts())) {
                receipts = s.filter(Files::isRegularFile).sorted().toList();
            }
            List<byte[]> receiptBytes = new ArrayList<>(receipts.size());
            for (Path r : receipts) {
                receiptBytes.add(Files.readAllBytes(r));
            }
            long t3 = cpuNanos();
            for (int i = 0; i < receipts.size(); i++) {
                Path to = root.resolve("receipts").resolve(loaded.receipts().relativize(receipts.get(i)).toString());
                Files.createDirectories(to.getParent());
                Files.write(to, receiptBytes.get(i));
            }
            long t4 = cpuNanos();
            double appending;
            long rows;
            List<Record> cells;
            List<Record> values;
            try (Warehouse w = Warehouse.open(loaded.warehouseFile())) {
                cells = w.dsl().select(CELL_VALUE.fields()).from(CELL_VALUE).orderBy(CELL_VALUE.SHA256).fetch();
                values = w.dsl().select(SUBMISSION_VALUE.fields()).from(SUBMISSION_VALUE).orderBy(SUBMISSION_VALUE.SUBMISSION_ID).fetch();
            }
            rows = cells.size() + (long) values.size();
            try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + root.resolve("lineage.duckdb"))) {
                c.createStatement().execute("CREATE TABLE cell_value (sha256 VARCHAR, sheet VARCHAR, cell VARCHAR, element_code VARCHAR, "
                        + "hospital_code VARCHAR, raw_text VARCHAR)");
                c.createStatement().execute("CREATE TABLE submission_value (submission_id VARCHAR, element_code VARCHAR, "
                        + "value DOUBLE, sheet VARCHAR, cell VARCHAR)");
                c.setAutoCommit(false);
                int transactions = Math.max(1, (files.size() + FILES_PER_TRANSACTION - 1) / FILES_PER_TRANSACTION);
                long a0 = cpuNanos();
                for (int t = 0; t < transactions; t++) {
                    append(c, "cell_value", slice(cells, t, transactions));
                    append(c, "submission_value", slice(values, t, transactions));
                    c.commit();
                }
                appending = (cpuNanos() - a0) / 1e9;
            }
            return new Costs((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t4 - t3) / 1e9, appending, rows);
        } finally {
            delete(root);
        }
    }

    private static List<Record> slice(List<Record> rows, int t, int of) {
        return rows.subList((int) ((long) rows.size() * t / of), (int) ((long) rows.size() * (t + 1) / of));
    }

    private static void append(DuckDBConnection c, String table, List<Record> rows) throws Exception {
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (Record r : rows) {
                a.beginRow();
                for (int i = 0; i < r.size(); i++) {
                    Object v = r.get(i);
                    if (v == null) {
                        a.appendNull();
                    } else if (v instanceof Double d) {
                        a.append(d.doubleValue());
                    } else {
                        a.append(v.toString());
                    }
                }
                a.endRow();
            }
        }
    }

    /** CPU time of this whole process (the bench's JVM does nothing else meanwhile; DuckDB's threads count too). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
