package io.hqd.warehouse;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** What a table holds, as one short string: its row count and an order-free sum of row hashes over every column. */
public final class TableDigest {

    private TableDigest() {
    }

    /** Computed by DuckDB in one scan; the sum is a HUGEINT, so it cannot overflow. */
    public static String of(DSLContext dsl, Table<?> table, Condition where) {
        Field<BigInteger> rowHash = DSL.function("hash", SQLDataType.DECIMAL_INTEGER, table.fields());
        var r = dsl.select(DSL.count(), DSL.coalesce(DSL.sum(rowHash), DSL.inline(BigDecimal.ZERO)))
                .from(table).where(where).fetchOne();
        return r.value1() + ":" + r.value2();
    }
}
