package io.hqd.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded DuckDB warehouse of one hqd home.
 *
 * DuckDB allows one read-write process per file, so hqd keeps exactly one connection per JVM and
 * hands it out through a non-closing DataSource; every job step runs in this JVM. The schema comes
 * from the versioned migrations under db/migration (the same ones jOOQ generated its classes from).
 */
public final class Warehouse implements AutoCloseable {

    private final Path file;
    private final SingleConnectionDataSource dataSource;
    private final DSLContext dsl;

    private Warehouse(Path file, Connection connection) {
        this.file = file;
        this.dataSource = new SingleConnectionDataSource(connection, true);
        this.dsl = DSL.using(dataSource, SQLDialect.DUCKDB);
    }

    /** Opens (creating if needed) and migrates the warehouse file. */
    public static Warehouse open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Properties props = new Properties();
            // Nothing can be downloaded here; the bundled extensions are all hqd uses.
            props.setProperty("autoinstall_known_extensions", "false");
            props.setProperty("autoload_known_extensions", "true");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
            Warehouse w = new Warehouse(file, c);
            w.migrate();
            return w;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new WarehouseLockedException(file, e);
            }
            throw new IllegalStateException("无法打开数据仓库 " + file + "：" + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("无法创建数据仓库目录 " + file.getParent(), e);
        }
    }

    private void migrate() {
        Flyway inOrder = flyway(false);
        // Each area of the code base has its own range of versions: a warehouse already past a range (at V92, say)
        // must still take a migration added later inside it (V33). Only then out of order (Flyway warns each time).
        boolean gap = java.util.Arrays.stream(inOrder.info().all()).anyMatch(m -> m.getState() == MigrationState.IGNORED);
        (gap ? flyway(true) : inOrder).migrate();
    }

    private Flyway flyway(boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(outOfOrder)
                .load();
    }

    public DSLContext dsl() { return dsl; }
    public DataSource dataSource() { return dataSource; }
    public Path file() { return file; }

    @Override
    public void close() {
        dataSource.destroy();
    }

    /** A second process holds the file: DuckDB allows one writer per file. */
    public static final class WarehouseLockedException extends IllegalStateException {
        public WarehouseLockedException(Path file, Throwable cause) {
            super("数据仓库 " + file + " 正被另一个 hqd 进程使用（例如正在运行的夜间任务）。请等它结束后再试。", cause);
        }
    }
}
