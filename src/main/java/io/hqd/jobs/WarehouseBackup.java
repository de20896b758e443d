package io.hqd.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;

import io.hqd.home.HqdHome;
import io.hqd.run.Failures;
import io.hqd.warehouse.Warehouse;

/**
 * Consistent copies of the warehouse. A backup is taken by the process that holds the warehouse:
 * CHECKPOINT writes everything into the main file, and nothing else can write while it is copied
 * (DuckDB allows one writing process). The newest {@code keep} backups are kept.
 * Restore replaces the warehouse with a backup after checking it opens; the warehouse it replaces
 * is kept beside the backups, so a restore can itself be undone.
 */
public final class WarehouseBackup {
    static final String PREFIX = "warehouse-";
    static final String SUFFIX = ".duckdb";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final HqdHome home;
    private final Path dir;
    private final int keep;

    /** {@code dir}: where backups go (null: the home's backups folder); {@code keep}: how many to keep. */
    public WarehouseBackup(HqdHome home, Path dir, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("backup.keep 至少为 1，当前为 " + keep);
        }
        this.home = home;
        this.dir = dir == null ? home.backups() : home.root().resolve(dir);
        this.keep = keep;
    }

    public Path dir() {
        return dir;
    }

    /** Copies the open warehouse into a new backup file and drops the oldest beyond {@code keep}. */
    public Path backup(DSLContext warehouse, LocalDateTime now) {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(PREFIX + now.format(STAMP) + SUFFIX);
            Path partial = dir.resolve(target.getFileName() + ".part");
            warehouse.execute("CHECKPOINT");
            Files.copy(home.warehouseFile(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<Path> all = list();
            for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
                Files.deleteIfExists(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("无法备份数据仓库到 " + dir + "：" + e.getMessage(), e);
        }
    }

    /** Backups in this folder, oldest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted().toList();
        }
    }

    /**
     * Replaces the warehouse with {@code backup}. The warehouse must not be in use (checked by opening
     * it); the current one is moved to {@code before-restore-<time>.duckdb} in the backup folder.
     */
    public Path restore(Path backup, LocalDateTime now) {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("备份文件不存在：" + backup);
        }
        try (Warehouse check = Warehouse.open(backup)) {
            check.dsl().fetchCount(io.hqd.warehouse.schema.ops.Tables.RUN);
        } catch (RuntimeException e) {
            if (e instanceof Warehouse.WarehouseLockedException) {
                throw e;
            }
            throw new IllegalArgumentException("文件 " + backup + " 不是可用的 hqd 数据仓库备份：" + Failures.message(e), e);
        }
        try {
            if (Files.exists(home.warehouseFile())) {
                Warehouse.open(home.warehouseFile()).close();   // refuses with a clear message while another process holds it
            }
            Files.createDirectories(dir);
            Path previous = dir.resolve("before-restore-" + now.format(STAMP) + SUFFIX);
            if (Files.exists(home.warehouseFile())) {
                Files.move(home.warehouseFile(), previous, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(home.warehouseFile().resolveSibling(home.warehouseFile().getFileName() + ".wal"));
            Path partial = home.warehouseFile().resolveSibling("warehouse.duckdb.restoring");
            Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, home.warehouseFile(), StandardCopyOption.ATOMIC_MOVE);
            return previous;
        } catch (IOException e) {
            throw new UncheckedIOException("恢复失败：" + e.getMessage(), e);
        }
    }
}
