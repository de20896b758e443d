package io.hqd.web;

import java.sql.Connection;
import java.sql.SQLException;

import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.stereotype.Component;

import io.hqd.warehouse.Warehouse;

/**
 * The web's own view of the warehouse. DuckDB allows one process per file but many connections inside
 * it: each request gets a duplicate of the warehouse connection, so a page read or an approval never
 * joins (or commits) the transaction a running job holds on the main connection.
 * Not a DSLContext bean on purpose: the jobs autowire the one DSLContext of the warehouse.
 */
@Component
public class WebDatabase {
    private final DSLContext dsl;

    public WebDatabase(Warehouse warehouse) {
        this.dsl = DSL.using(new DuplicatingDataSource(warehouse), SQLDialect.DUCKDB);
    }

    public DSLContext dsl() {
        return dsl;
    }

    private static final class DuplicatingDataSource extends AbstractDataSource {
        private final Warehouse warehouse;

        DuplicatingDataSource(Warehouse warehouse) {
            this.warehouse = warehouse;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return warehouse.dataSource().getConnection().unwrap(DuckDBConnection.class).duplicate();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
