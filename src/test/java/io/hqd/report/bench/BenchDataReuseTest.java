package io.hqd.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.home.HqdHome;
import io.hqd.warehouse.Periods;

/** {@code hqd bench --reuse-data}: an earlier run's workbooks kept as they are, its homes gone. */
class BenchDataReuseTest {
    @TempDir Path root;

    private void earlierBench() throws IOException {
        HqdHome gen = new HqdHome(root.resolve("generated"));
        Files.createDirectories(gen.hospitalRegistry().getParent());
        Files.writeString(gen.settings(), "hqd.demo = true\n");
        Files.writeString(gen.hospitalRegistry(), """
                code,name,region_code,valid_from,valid_to,tier,grade,type,ownership,admin_level
                H51040001,攀枝花市中心医院,510400,2018-01-01,2024-12-31,三级,甲,综合,公立,市
                H51040001,攀枝花市中心医院,510400,2025-01-01,,三级,甲,综合,公立,市
                H51040002,攀枝花市第二人民医院,510400,2018-01-01,,三级,未定,综合,公立,市
                """);
        for (String f : new String[] {"files/all/2026Q3/H51040001/a.xlsx", "files/all/2025Q4/H51040002/b.xlsx",
                "homes/load-0/warehouse/hqd.duckdb", "cds/hqd-ingest.jsa"}) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), f);
        }
    }

    @Test
    void keepsTheFilesAndRegistryReadsPeriodsOldestFirstAndCountsEachHospitalOnce() throws IOException {
        earlierBench();
        BenchData data = BenchData.reuse(root);
        assertThat(data).isNotNull();
        assertThat(data.periods()).containsExactly(Periods.parse("2025Q4"), Periods.parse("2026Q3"));
        assertThat(data.lastPeriod()).isEqualTo(Periods.parse("2026Q3"));
        assertThat(data.hospitals()).isEqualTo(2);
        assertThat(Files.readString(data.all().resolve("2026Q3/H51040001/a.xlsx"))).isEqualTo("files/all/2026Q3/H51040001/a.xlsx");
        assertThat(root.resolve("homes")).doesNotExist();
        assertThat(root.resolve("cds")).doesNotExist();
        assertThat(data.freshHome("x").hospitalRegistry()).exists();
    }

    @Test
    void aFolderWithoutAnEarlierBenchIsNotReused() throws IOException {
        assertThat(BenchData.reuse(root)).isNull();
        earlierBench();
        Files.writeString(root.resolve("generated/hqd.properties"), "backup.keep = 3\n");   // a real home, not the bench's
        assertThat(BenchData.reuse(root)).isNull();
        assertThat(root.resolve("homes/load-0/warehouse/hqd.duckdb")).as("nothing deleted").exists();
    }
}
