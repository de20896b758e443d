package io.hqd.warehouse;

import static io.hqd.warehouse.schema.ops.Tables.REFERENCE_LOAD;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL_ATTRIBUTE;
import static io.hqd.warehouse.schema.staged.Tables.INDICATOR;
import static io.hqd.warehouse.schema.staged.Tables.PERIOD;
import static io.hqd.warehouse.schema.staged.Tables.PLAN;
import static io.hqd.warehouse.schema.staged.Tables.REGION;
import static io.hqd.warehouse.schema.staged.Tables.TARGET;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Tells whether the reference tables already hold what a load would write. The source is a hash of the rows the
 * catalog and registry give (with the build of hqd, the last period to open and the due days); the tables' digest
 * is taken right after each load, so rows changed by any other means since then make the next job load again.
 */
final class ReferenceFingerprint {
    private static final List<Table<?>> TABLES = List.of(REGION, HOSPITAL, HOSPITAL_ATTRIBUTE, INDICATOR, PLAN, TARGET, PERIOD);

    private final MessageDigest sha = sha256();

    ReferenceFingerprint() {
        add(HqdBuild.ID);
    }

    /** Adds one value; nulls and field boundaries are marked so that no two different row lists hash alike. */
    ReferenceFingerprint add(Object value) {
        String text = value == null ? "\u0000" : "\u0001" + value;
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
        return this;
    }

    ReferenceFingerprint addRows(String table, List<? extends Record> rows) {
        add(table).add(rows.size());
        for (Record row : rows) {
            for (Object value : row.intoArray()) {
                add(value);
            }
        }
        return this;
    }

    String source() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The last load came from the same source and nothing has changed the tables since. */
    static boolean unchanged(DSLContext tx, String source) {
        var last = tx.select(REFERENCE_LOAD.SOURCE, REFERENCE_LOAD.TABLES).from(REFERENCE_LOAD).fetchOne();
        return last != null && last.value1().equals(source) && last.value2().equals(tablesDigest(tx));
    }

    static void record(DSLContext tx, String source) {
        tx.deleteFrom(REFERENCE_LOAD).execute();
        tx.insertInto(REFERENCE_LOAD).set(REFERENCE_LOAD.SOURCE, source).set(REFERENCE_LOAD.TABLES, tablesDigest(tx))
                .set(REFERENCE_LOAD.LOADED_AT, LocalDateTime.now()).execute();
    }

    private static String tablesDigest(DSLContext tx) {
        return TABLES.stream().map(t -> TableDigest.of(tx, t, DSL.noCondition())).collect(Collectors.joining(","));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
