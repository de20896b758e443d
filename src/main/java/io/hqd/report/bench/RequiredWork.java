package io.hqd.report.bench;

import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import io.hqd.home.HqdHome;
import io.hqd.warehouse.BulkAppender;
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
            double t0 = ChildRun.ownCpuSeconds();
            List<byte[]> bytes = new ArrayList<>(files.size());
            List<String> hashes = new ArrayList<>(files.size());
            for (Path f : files) {
                byte[] b = Files.readAllBytes(f);
                bytes.add(b);
                hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)));
            }
            double t1 = ChildRun.ownCpuSeconds();
            for (int i = 0; i < files.size(); i++) {
                String sha = hashes.get(i);
                Path dir = Files.createDirectories(root.resolve("archive").resolve(sha.substring(0, 2)));
                Path part = dir.resolve(sha + ".part");
                Files.write(part, bytes.get(i));
                Files.move(part, dir.resolve(sha + ".xlsx"), StandardCopyOption.ATOMIC_MOVE);
            }
            double t2 = ChildRun.ownCpuSeconds();
            List<Path> receipts;
            try (Stream<Path> s = Files.walk(loaded.receipts())) {
                receipts = s.filter(Files::isRegularFile).sorted().toList();
            }
            List<byte[]> receiptBytes = new ArrayList<>(receipts.size());
            for (Path r : receipts) {
                receiptBytes.add(Files.readAllBytes(r));
            }
            double t3 = ChildRun.ownCpuSeconds();
            for (int i = 0; i < receipts.size(); i++) {
                Path to = root.resolve("receipts").resolve(loaded.receipts().relativize(receipts.get(i)).toString());
                Files.createDirectories(to.getParent());
                Files.write(to, receiptBytes.get(i));
            }
            double t4 = ChildRun.ownCpuSeconds();
            double appending;
            long rows;
            List<Record> cells;
            List<Record> values;
            try (Warehouse w = Warehouse.open(loaded.warehouseFile())) {
                cells = w.dsl().select(CELL_VALUE.fields()).from(CELL_VALUE).orderBy(CELL_VALUE.SHA256).fetch();
                values = w.dsl().select(SUBMISSION_VALUE.fields()).from(SUBMISSION_VALUE).orderBy(SUBMISSION_VALUE.SUBMISSION_ID).fetch();
            }
            rows = cells.size() + (long) values.size();
            // The same columns as the warehouse's tables (from the generated ones), without their keys, appended
            // through the project's bulk appender.
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("lineage.duckdb"))) {
                DSLContext lineage = DSL.using(c, SQLDialect.DUCKDB);
                for (Table<?> table : List.of(CELL_VALUE, SUBMISSION_VALUE)) {
                    lineage.createSchemaIfNotExists(table.getSchema().getName()).execute();
                    lineage.createTable(table).columns(table.fields()).execute();
                }
                c.setAutoCommit(false);
                int transactions = Math.max(1, (files.size() + FILES_PER_TRANSACTION - 1) / FILES_PER_TRANSACTION);
                double a0 = ChildRun.ownCpuSeconds();
                for (int t = 0; t < transactions; t++) {
                    BulkAppender.append(lineage, CELL_VALUE, slice(cells, t, transactions), Record::intoArray);
                    BulkAppender.append(lineage, SUBMISSION_VALUE, slice(values, t, transactions), Record::intoArray);
                    c.commit();
                }
                appending = ChildRun.ownCpuSeconds() - a0;
            }
            return new Costs(t1 - t0, t2 - t1, t4 - t3, appending, rows);
        } finally {
            BenchData.deleteTree(root);
        }
    }

    private static List<Record> slice(List<Record> rows, int t, int of) {
        return rows.subList((int) ((long) rows.size() * t / of), (int) ((long) rows.size() * (t + 1) / of));
    }
}
