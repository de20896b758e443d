package io.hqd.warehouse;

import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.PERIOD;
import static io.hqd.warehouse.schema.staged.Tables.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;

/** The reference tables are written when what the catalog and registry give differs from what they hold, only then. */
class ReferenceLoaderTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;
    Warehouse warehouse;
    DSLContext dsl;

    final Catalog catalog = new Catalog(List.of(new Region("510000", "四川省", Region.Level.province, null),
            new Region("511800", "雅安市", Region.Level.city, "510000")), List.of(), List.of(), List.of(), List.of());

    @BeforeEach
    void open() {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        dsl = warehouse.dsl();
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    static List<HospitalVersion> registry(String name) {
        return List.of(new HospitalVersion("H1", name, "511800", LocalDate.of(2018, 1, 1), null, "三级", "甲", "综合", "公立", "市"));
    }

    @Test
    void aSecondLoadOfTheSameCatalogAndRegistryWritesNothing() {
        assertThat(new ReferenceLoader(dsl).load(catalog, registry("雅安市人民医院"), TODAY, 15)).isTrue();
        var before = dsl.selectFrom(HOSPITAL).fetch();

        assertThat(new ReferenceLoader(dsl).load(catalog, registry("雅安市人民医院"), TODAY, 15)).isFalse();

        assertThat(dsl.selectFrom(HOSPITAL).fetch()).isEqualTo(before);
        assertThat(dsl.fetchCount(REGION)).isEqualTo(2);
    }

    @Test
    void aChangedRegistryIsLoaded() {
        new ReferenceLoader(dsl).load(catalog, registry("雅安市人民医院"), TODAY, 15);

        assertThat(new ReferenceLoader(dsl).load(catalog, registry("雅安市第一人民医院"), TODAY, 15)).isTrue();

        assertThat(dsl.select(HOSPITAL.NAME).from(HOSPITAL).fetchOne(HOSPITAL.NAME)).isEqualTo("雅安市第一人民医院");
    }

    @Test
    void rowsChangedByOtherMeansAreLoadedAgain() {
        new ReferenceLoader(dsl).load(catalog, registry("雅安市人民医院"), TODAY, 15);
        dsl.deleteFrom(REGION).where(REGION.CODE.eq("511800")).execute();

        assertThat(new ReferenceLoader(dsl).load(catalog, registry("雅安市人民医院"), TODAY, 15)).isTrue();

        assertThat(dsl.fetchCount(REGION)).isEqualTo(2);
    }

    @Test
    void aNewQuarterIsOpenedAndLocksAreKept() {
        new ReferenceLoader(dsl).load(catalog, registry("雅安市人民医院"), TODAY, 15);
        dsl.update(PERIOD).set(PERIOD.LOCKED_AT, LocalDateTime.of(2026, 11, 1, 9, 0)).set(PERIOD.LOCKED_BY, "admin")
                .where(PERIOD.PERIOD_CODE.eq("2026Q2")).execute();
        assertThat(dsl.fetchExists(PERIOD, PERIOD.PERIOD_CODE.eq("2026Q4"))).isFalse();

        assertThat(new ReferenceLoader(dsl).load(catalog, registry("雅安市人民医院"), LocalDate.of(2027, 1, 5), 15)).isTrue();

        assertThat(dsl.fetchExists(PERIOD, PERIOD.PERIOD_CODE.eq("2026Q4"))).isTrue();
        assertThat(dsl.select(PERIOD.LOCKED_BY).from(PERIOD).where(PERIOD.PERIOD_CODE.eq("2026Q2")).fetchOne(PERIOD.LOCKED_BY))
                .isEqualTo("admin");
    }
}
