package io.hqd.ingest.load;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import io.hqd.warehouse.BulkAppender;

/**
 * Rows of one table gathered while a transaction stores its files, inserted once at its end through a staging
 * copy ({@link BulkAppender#appendStaged}): a multi-row insert rendered by jOOQ and planned by DuckDB for every
 * file cost more than storing the rows. The table's constraints are checked by that one insert, before the commit.
 */
final class StagedRows {
    private final Table<?> table;
    private final boolean skipConflicts;
    private final List<Object[]> rows = new ArrayList<>();

    /** With {@code skipConflicts}, a row whose key is already on record is left out (ON CONFLICT DO NOTHING). */
    StagedRows(Table<?> table, boolean skipConflicts) {
        this.table = table;
        this.skipConflicts = skipConflicts;
    }

    /** Where {@code field} goes in a row of {@code table}, checked against the generated table. */
    static int column(Table<?> table, Field<?> field) {
        int i = table.indexOf(field);
        if (i < 0) {
            throw new IllegalStateException(table + " 没有列 " + field);
        }
        return i;
    }

    /** A new row, in the table's column order, for the caller to fill. */
    Object[] add() {
        Object[] row = new Object[table.fields().length];
        rows.add(row);
        return row;
    }

    /** Inserts the rows gathered so far in the transaction of {@code tx}. */
    void insert(DSLContext tx) {
        BulkAppender.appendStaged(tx, table, rows, row -> row, skipConflicts);
        rows.clear();
    }
}
