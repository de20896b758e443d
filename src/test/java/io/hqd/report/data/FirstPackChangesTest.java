package io.hqd.report.data;

import static io.hqd.warehouse.schema.ops.Tables.LATE_CORRECTION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/**
 * A period can be locked (hqd lock) before any pack was made for a region; the corrections received after that
 * lock still change what the first pack counts, so its "changes" section lists them even with nothing to compare.
 */
class FirstPackChangesTest {
    @TempDir
    Path dir;
    Warehouse warehouse;
    DSLContext dsl;
    static final PackRegion LUSHAN = new PackRegion("511826", "芦山县", Region.Level.county, "雅安市");

    @BeforeEach
    void setUp() {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        dsl = warehouse.dsl();
        List<Region> regions = List.of(new Region("510000", "四川省", Region.Level.province, null),
                new Region("511800", "雅安市", Region.Level.city, "510000"),
                new Region("511826", "芦山县", Region.Level.county, "511800"));
        Catalog catalog = new Catalog(regions, List.of(), List.of(), List.of(
                new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt")), List.of());
        new ReferenceLoader(dsl).load(catalog, List.of(
                new HospitalVersion("H1", "芦山县人民医院", "511826", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县")),
                LocalDate.of(2026, 11, 29), 30);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    void submit(String id, String file, String status, boolean afterLock, LocalDateTime at) {
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, id).set(SUBMISSION.REPORTER_TYPE, "hospital")
                .set(SUBMISSION.REPORTER_CODE, "H1").set(SUBMISSION.PERIOD_CODE, "2026Q3")
                .set(SUBMISSION.ORIGINAL_NAME, file).set(SUBMISSION.RECEIVED_AT, at).set(SUBMISSION.STATUS, status)
                .set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, afterLock).execute();
    }

    Changes firstPack() {
        return new ChangesQuery(dsl).fetch("run-1", LUSHAN, List.of("511826"), List.of());
    }

    @Test
    void aFirstPackWithoutLateCorrectionsSaysOnlyThatItIsTheFirst() {
        submit("s1", "inbox/芦山县人民医院_2026Q3.xlsx", "accepted", false, LocalDateTime.of(2026, 10, 10, 9, 0));
        Changes changes = firstPack();
        assertThat(changes.baseline()).isEqualTo("本地区首次生成会议材料，没有可对比的上一期材料。");
        assertThat(changes.rows()).isEmpty();
    }

    @Test
    void aFirstPackListsEveryCorrectionReceivedAfterTheLockWithItsDecision() {
        submit("s1", "inbox/芦山县人民医院_2026Q3.xlsx", "accepted", false, LocalDateTime.of(2026, 10, 10, 9, 0));
        submit("s2", "inbox/芦山县人民医院_更正.xlsx", "accepted", true, LocalDateTime.of(2026, 10, 20, 9, 0));
        submit("s3", "inbox/芦山县人民医院_再更正.xlsx", "accepted", true, LocalDateTime.of(2026, 10, 22, 9, 0));
        submit("s4", "inbox/芦山县人民医院_坏文件.xlsx", "rejected", true, LocalDateTime.of(2026, 10, 23, 9, 0));
        dsl.insertInto(LATE_CORRECTION).set(LATE_CORRECTION.SUBMISSION_ID, "s2").set(LATE_CORRECTION.DECISION, "approved")
                .set(LATE_CORRECTION.REASON, "病案首页核对后更正").set(LATE_CORRECTION.DECIDED_BY, "city1")
                .set(LATE_CORRECTION.DECIDED_AT, LocalDateTime.of(2026, 10, 21, 10, 30)).execute();

        Changes changes = firstPack();

        assertThat(changes.baseline()).isEqualTo("本地区首次生成会议材料，没有可对比的上一期材料。报告期锁定后收到的更正列于下表。");
        assertThat(changes.rows()).extracting(ChangeRow::kind, ChangeRow::entityName, ChangeRow::subject, ChangeRow::after)
                .containsExactly(
                        tuple("锁定后更正", "芦山县人民医院", "芦山县人民医院_更正.xlsx（2026Q3）",
                                "已批准，本期材料起生效：病案首页核对后更正（city1，2026-10-21 10:30）"),
                        tuple("锁定后更正", "芦山县人民医院", "芦山县人民医院_再更正.xlsx（2026Q3）", "待审核，本期材料未计入"));
    }
}
