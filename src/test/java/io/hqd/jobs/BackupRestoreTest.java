package io.hqd.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.home.HqdHome;
import io.hqd.ingest.Fixtures;
import io.hqd.warehouse.Warehouse;

/** {@code hqd backup} / {@code hqd restore}: after a restore the warehouse equals the one backed up; old backups rotate out. */
class BackupRestoreTest {
    @TempDir
    Path dir;

    @Test
    void restoringABackupGivesBackTheWarehouseAsItWas() throws Exception {
        HqdHome home = new HqdHome(dir.resolve("home"));
        String h = home.root().toString();
        assertThat(HqdCommand.execute("init", "--home", h)).isZero();
        Fixtures.template(home.inbox().resolve("a.xlsx"), Fixtures.HOSPITAL, "2026Q3", Fixtures.core());
        assertThat(HqdCommand.execute("ingest", "--home", h)).isZero();
        assertThat(HqdCommand.execute("backup", "--home", h)).isZero();
        List<String> backedUp = content(home);
        assertThat(backedUp).anyMatch(r -> r.startsWith("staged.submission_value"));
        Path backup = new WarehouseBackup(home, null, 7).list().get(0);

        Path later = Files.createDirectories(dir.resolve("later"));
        Fixtures.template(later.resolve("b.xlsx"), "H51040002", "2026Q3", Fixtures.core());
        assertThat(HqdCommand.execute("ingest", "--home", h, later.toString())).isZero();
        assertThat(content(home)).isNotEqualTo(backedUp);

        assertThat(HqdCommand.execute("restore", "--home", h, backup.toString())).isZero();
        assertThat(content(home)).isEqualTo(backedUp);
        // the warehouse it replaced is kept, so a restore can be undone
        assertThat(new WarehouseBackup(home, null, 7).dir().toFile().list((d, n) -> n.startsWith("before-restore-"))).hasSize(1);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        HqdHome home = new HqdHome(dir.resolve("rotating"));
        assertThat(HqdCommand.execute("init", "--home", home.root().toString())).isZero();
        WarehouseBackup backups = new WarehouseBackup(home, Path.of("elsewhere"), 2);
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            for (int day = 1; day <= 3; day++) {
                backups.backup(w.dsl(), LocalDateTime.of(2026, 11, day, 1, 30));
            }
        }
        assertThat(backups.list()).extracting(p -> p.getFileName().toString())
                .containsExactly("warehouse-20261102-013000.duckdb", "warehouse-20261103-013000.duckdb");
        assertThat(backups.dir()).isEqualTo(home.root().resolve("elsewhere"));
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheWarehouseStays() throws Exception {
        HqdHome home = new HqdHome(dir.resolve("careful"));
        assertThat(HqdCommand.execute("init", "--home", home.root().toString())).isZero();
        Path junk = Files.writeString(dir.resolve("junk.duckdb"), "不是数据库");
        assertThat(HqdCommand.execute("restore", "--home", home.root().toString(), junk.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(HqdCommand.execute("restore", "--home", home.root().toString(), "/no/such/backup.duckdb")).isEqualTo(ExitCodes.USAGE);
        assertThat(home.warehouseFile()).exists();
    }

    /** Every row of every warehouse table, as text. */
    static List<String> content(HqdHome home) {
        List<String> rows = new ArrayList<>();
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            DSLContext dsl = w.dsl();
            for (Record t : dsl.fetch("select table_schema, table_name from information_schema.tables "
                    + "where table_type = 'BASE TABLE' and table_schema in ('raw', 'staged', 'marts', 'ops') order by 1, 2")) {
                String name = t.get(0, String.class) + "." + t.get(1, String.class);
                List<String> these = new ArrayList<>();
                for (Record r : dsl.fetch("select * from " + name)) {
                    these.add(name + " " + r.formatCSV(false).strip());
                }
                these.sort(null);
                rows.addAll(these);
            }
        }
        return rows;
    }
}
