package io.hqd.warehouse;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Bulk-loads jOOQ records into a DuckDB table through DuckDB's appender (executeBatch is emulated
 * row by row and is ~100x slower). The table and column order come from the generated jOOQ table.
 * The appender only joins the current transaction when a statement already ran on the connection,
 * so callers delete or update first inside the same transaction (they always do: rows are replaced).
 */
public final class BulkAppender {
    private BulkAppender() {
    }

    public static <R extends Record> void append(DSLContext dsl, Table<R> table, List<R> records) {
        append(dsl, table, records, Record::intoArray);
    }

    /**
     * Appends plain rows, {@code columns} giving each row's values in the table's column order (checked against
     * the generated table): no jOOQ record is built per row, which costs more than the appending itself.
     */
    public static <T> void append(DSLContext dsl, Table<?> table, List<T> rows, Function<T, Object[]> columns) {
        if (rows.isEmpty()) {
            return;
        }
        append(dsl, null, table.getSchema().getName(), table.getName(), table.getName(), table.fields(), rows, columns);
    }

    private static <T> void append(DSLContext dsl, String catalog, String schema, String label, String name,
                                   Field<?>[] fields, List<T> rows, Function<T, Object[]> columns) {
        dsl.connection(c -> {
            DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
            try (DuckDBAppender a = catalog == null ? duck.createAppender(schema, name) : duck.createAppender(catalog, schema, name)) {
                // Converters looked up once per column, and skipped where the column stores the value as it is.
                Converter<Object, Object>[] converters = converters(fields);
                for (T r : rows) {
                    Object[] values = columns.apply(r);
                    if (values.length != fields.length) {
                        throw new IllegalArgumentException(label + " 有 " + fields.length + " 列，写入的行有 " + values.length + " 个值");
                    }
                    a.beginRow();
                    for (int i = 0; i < fields.length; i++) {
                        append(a, converters[i] == null ? values[i] : converters[i].to(values[i]));
                    }
                    a.endRow();
                }
                // Flush explicitly: errors raised by close() alone are not reported by the driver.
                a.flush();
            }
        });
    }

    /**
     * As {@link #append(DSLContext, Table, List, Function)}, through a temporary copy of the table and one
     * {@code INSERT … SELECT}: DuckDB's appender rejects valid rows of a table with a CHECK on a text column once
     * they pass its first chunk (2,048 rows: "CHECK constraint failed" on marts.milestone_status at a province's
     * 14,901 rows), and inserting literal rows, a thousand per statement, spent most of the evaluate step preparing them.
     */
    public static <T> void appendStaged(DSLContext dsl, Table<?> table, List<T> rows, Function<T, Object[]> columns) {
        appendStaged(dsl, table, rows, columns, false);
    }

    /**
     * As above; with {@code skipConflicts} a row whose key the table already holds is left out, as
     * {@code INSERT … ON CONFLICT DO NOTHING} would leave it.
     */
    public static <T> void appendStaged(DSLContext dsl, Table<?> table, List<T> rows, Function<T, Object[]> columns,
                                        boolean skipConflicts) {
        if (rows.isEmpty()) {
            return;
        }
        Name staging = DSL.name("bulk_" + table.getName());
        dsl.execute("CREATE OR REPLACE TEMP TABLE {0} AS SELECT * FROM {1} LIMIT 0", staging, table);
        append(dsl, "temp", "main", table.getName() + " (staging)", staging.last(), table.fields(), rows, columns);
        dsl.execute(skipConflicts ? "INSERT INTO {0} SELECT * FROM temp.main.{1} ON CONFLICT DO NOTHING"
                : "INSERT INTO {0} SELECT * FROM temp.main.{1}", table, staging);
        dsl.execute("DROP TABLE temp.main.{0}", staging);
    }

    /** Each column's converter into what it stores (a forced type: a status enum), null where there is none. */
    @SuppressWarnings("unchecked")
    private static Converter<Object, Object>[] converters(Field<?>[] fields) {
        Converter<Object, Object>[] out = new Converter[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Converter<?, ?> c = fields[i].getConverter();
            out[i] = c.fromType() == c.toType() ? null : (Converter<Object, Object>) c;
        }
        return out;
    }

    private static void append(DuckDBAppender a, Object v) throws SQLException {
        switch (v) {
            case null -> a.appendNull();
            case String s -> a.append(s);
            case Double d -> a.append(d.doubleValue());
            case Integer i -> a.append(i.intValue());
            case Long l -> a.append(l.longValue());
            case Boolean b -> a.append(b.booleanValue());
            case java.math.BigDecimal d -> a.append(d);
            case LocalDate d -> a.append(d);
            case LocalDateTime t -> a.append(t);
            default -> throw new IllegalArgumentException("不支持的列类型：" + v.getClass().getName());
        }
    }
}
