package io.hqd.evaluate;

import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalRegistry;
import io.hqd.registry.HospitalVersion;
import io.hqd.jobs.Pipeline;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The evaluate job on a real DuckDB home with the bundled catalog: the 雅安 clinical-pathway targets
 * (三级 50%, 二级 70%) judged per hospital under the tier each hospital had in the period, county and
 * city roll-ups as ratios of sums, provisional figures, and reruns that give the same marts.
 */
class EvaluateJobIT {
    @TempDir
    static Path dir;
    static Pipeline pipeline;
    static DSLContext dsl;
    /** The home's log file as it stood when the first run ended: what a terminal, the log and a cron mail showed. */
    static List<String> firstRunLog;

    static final String CITY_HOSPITAL = "H51180001";   // 雅安市人民医院, 三级
    static final String UPGRADED = "H51180291";        // 二级 until 2025, 三级 from 2025-01-01
    static final String TCM = "H51180292";             // 二级 中医
    static final String MINGSHAN = "H51180391";        // 二级, misses 2025Q2

    @BeforeAll
    static void setUp() throws Exception {
        HqdHome home = new HqdHome(dir).ensureLayout();
        HospitalRegistry.write(home.hospitalRegistry(), List.of(
                version(CITY_HOSPITAL, "雅安市人民医院", "511800", "2018-01-01", null, "三级", "市"),
                version(UPGRADED, "雨城区人民医院", "511802", "2018-01-01", "2025-01-01", "二级", "县"),
                version(UPGRADED, "雨城区人民医院", "511802", "2025-01-01", null, "三级", "县"),
                version(TCM, "雨城区中医医院", "511802", "2018-01-01", null, "二级", "县"),
                version(MINGSHAN, "名山区人民医院", "511803", "2018-01-01", null, "二级", "县")));
        pipeline = Pipeline.open(home);
        dsl = pipeline.bean(DSLContext.class);
        // Clinical-pathway discharges per quarter (cp, discharges): 2024 full year and 2025 Q1-Q3.
        for (String q : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3")) {
            boolean y2025 = q.startsWith("2025");
            submit(CITY_HOSPITAL, q, 550, 1000);                       // 55%: 三级 target 50% met
            submit(UPGRADED, q, y2025 ? 450 : 600, 1000);              // 2024: 60% (二级 70%), 2025: 45% (三级 50%)
            submit(TCM, q, 720, 1000);                                 // 72%: 二级 target met
            if (!(q.equals("2025Q2"))) {
                submit(MINGSHAN, q, y2025 ? 61 : 60, 100);             // 60% in 2024, 61% in 2025
            }
        }
        assertThat(run("2025Q3", "R1")).isEqualTo(BatchStatus.COMPLETED);
        firstRunLog = java.nio.file.Files.readAllLines(home.logFile());
    }

    /**
     * Progress on long work: the closing bar line of each step counts all it did, every indicator of every period
     * with data (2024Q1 to 2025Q3, for the trends) and every target, with the evaluations written.
     */
    @Test
    void theRunsLogCountsEveryIndicatorOfEveryPeriodAndEveryTarget() {
        io.hqd.catalog.Catalog catalog = pipeline.bean(io.hqd.catalog.Catalog.class);
        int items = 7 * new IndicatorValues(catalog, OrgUnits.load(dsl), ValueCube.load(dsl)).codes().size();
        int targets = catalog.targets().size();
        assertThat(items).isGreaterThan(7);
        assertThat(lastLine("计算指标 [")).matches("计算指标 \\[█{20}] 100%  " + items + "/" + items
                + " 项（指标×报告期），已用 [^，]+");
        String written = lastLine("结束：评价目标").replaceAll(".*写入 (\\d+)$", "$1");
        assertThat(Integer.parseInt(written)).isPositive();
        assertThat(lastLine("评价目标 [")).matches("评价目标 \\[█{20}] 100%  " + targets + "/" + targets + " 个目标，已用 [^，]+，写入 " + written + " 条评价");
        // a line only at a tenth of the work (and at the end): never one per indicator
        assertThat(firstRunLog.stream().filter(l -> l.contains("计算指标 [")).count()).isBetween(1L, 11L);
    }

    static String lastLine(String text) {
        String line = firstRunLog.stream().filter(l -> l.contains(text)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no line with " + text + " in the home's log"));
        return line.substring(line.indexOf(text));
    }

    @AfterAll
    static void tearDown() {
        pipeline.close();
    }

    static HospitalVersion version(String code, String name, String region, String from, String to, String tier, String level) {
        return new HospitalVersion(code, name, region, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                tier, "甲", name.contains("中医") ? "中医" : "综合", "公立", level);
    }

    static void submit(String hospital, String period, double cp, double discharges) {
        submit(dsl, hospital, period, cp, discharges);
    }

    /** A hospital's clinical-pathway discharges (cp) and discharges for a quarter, accepted. */
    static void submit(DSLContext dsl, String hospital, String period, double cp, double discharges) {
        String id = hospital + "-" + period;
        dsl.insertInto(SUBMISSION)
                .set(SUBMISSION.SUBMISSION_ID, id).set(SUBMISSION.REPORTER_TYPE, "hospital")
                .set(SUBMISSION.REPORTER_CODE, hospital).set(SUBMISSION.PERIOD_CODE, period)
                .set(SUBMISSION.ORIGINAL_NAME, id + ".xlsx").set(SUBMISSION.RECEIVED_AT, LocalDateTime.of(2025, 10, 5, 9, 0))
                .set(SUBMISSION.STATUS, "accepted").set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false)
                .execute();
        dsl.insertInto(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID, SUBMISSION_VALUE.ELEMENT_CODE,
                        SUBMISSION_VALUE.VALUE, SUBMISSION_VALUE.SHEET, SUBMISSION_VALUE.CELL)
                .values(id, "cp_discharges", cp, "填报表", "E12")
                .values(id, "discharges", discharges, "填报表", "E5")
                .execute();
    }

    static BatchStatus run(String period, String runName) throws Exception {
        return pipeline.run("evaluateJob", Pipeline.parameters().addString("period", period)
                .addString("scope", "all").addString("run", runName).toJobParameters()).getStatus();
    }

    static Record evaluation(String period, String target, String entity) {
        return dsl.selectFrom(EVALUATION).where(EVALUATION.PERIOD_CODE.eq(period), EVALUATION.TARGET_CODE.eq(target),
                EVALUATION.ENTITY_CODE.eq(entity)).fetchOne();
    }

    @Test
    void eachHospitalIsJudgedUnderTheTierItHadInThePeriod() throws Exception {
        assertThat(evaluation("2025Q3", "YA2022-08", UPGRADED)).isNotNull();           // 三级 50%
        assertThat(evaluation("2025Q3", "YA2022-09", UPGRADED)).isNull();
        assertThat(run("2024Q3", "R-2024")).isEqualTo(BatchStatus.COMPLETED);
        assertThat(evaluation("2024Q3", "YA2022-09", UPGRADED)).isNotNull();           // 二级 70%
        assertThat(evaluation("2024Q3", "YA2022-08", UPGRADED)).isNull();
    }

    @Test
    void statusesFollowTheTargetAndTheStraightPath() {
        assertThat(evaluation("2025Q3", "YA2022-08", CITY_HOSPITAL).get(EVALUATION.STATUS)).isEqualTo(Status.met);
        assertThat(evaluation("2025Q3", "YA2022-09", TCM).get(EVALUATION.STATUS)).isEqualTo(Status.met);
        // 名山: 2024 = 60% is the earliest full year held; the path to 70% by 2027 asks 62.5% at 2025Q3.
        Record mingshan = evaluation("2025Q3", "YA2022-09", MINGSHAN);
        assertThat(mingshan.get(EVALUATION.STATUS)).isEqualTo(Status.behind);
        assertThat(mingshan.get(EVALUATION.PATH_VALUE)).isCloseTo(62.5, within(1e-9));
        assertThat(mingshan.get(EVALUATION.PROVISIONAL)).isTrue();   // 2025Q2 is missing
        Record upgraded = evaluation("2025Q3", "YA2022-08", UPGRADED);
        assertThat(upgraded.get(EVALUATION.VALUE)).isCloseTo(45.0, within(1e-9));
        assertThat(upgraded.get(EVALUATION.STATUS)).isIn(Status.behind, Status.on_track);
    }

    @Test
    void countyAndCityRollUpsCountHospitalsAndUseRatioOfSums() {
        Record county = evaluation("2025Q3", "YA2022-09", "511802");
        assertThat(county.get(EVALUATION.ENTITY_TYPE)).isEqualTo(EntityType.county);
        assertThat(county.get(EVALUATION.EVIDENCE)).contains("适用医院 1 家");   // the upgraded hospital is 三级 now
        Record city = evaluation("2025Q3", "YA2022-08", "511800");
        assertThat(city.get(EVALUATION.STATUS)).isEqualTo(Status.behind);
        assertThat(city.get(EVALUATION.EVIDENCE)).contains("适用医院 2 家").contains("雨城区人民医院");
        // City figure for 三级: (550*3 + 450*3) / (1000*3 + 1000*3) = 50%.
        assertThat(city.get(EVALUATION.VALUE)).isCloseTo(50.0, within(1e-9));

        Record cityShare = dsl.selectFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.PERIOD_CODE.eq("2025Q3"),
                INDICATOR_VALUE.ENTITY_CODE.eq("511800"), INDICATOR_VALUE.INDICATOR.eq("cp_share")).fetchOne();
        double num = 3 * (550 + 450 + 720) + 2 * 61;
        double den = 3 * (1000 + 1000 + 1000) + 2 * 100;
        assertThat(cityShare.get(INDICATOR_VALUE.NUMERATOR)).isEqualTo(num);
        assertThat(cityShare.get(INDICATOR_VALUE.DENOMINATOR)).isEqualTo(den);
        assertThat(cityShare.get(INDICATOR_VALUE.VALUE)).isCloseTo(num / den * 100, within(1e-9));
        assertThat(cityShare.get(INDICATOR_VALUE.PROVISIONAL)).isTrue();
    }

    @Test
    void targetsWithoutDataAreNoDataNotMissing() {
        // The 雅安 CMI target applies to the same 三级 hospitals; no CMI elements were reported.
        assertThat(evaluation("2025Q3", "YA2022-01", CITY_HOSPITAL).get(EVALUATION.STATUS)).isEqualTo(Status.no_data);
    }

    @Test
    void rerunningThePeriodGivesTheSameMarts() throws Exception {
        List<Map<String, Object>> before = snapshot();
        assertThat(run("2025Q3", "R2")).isEqualTo(BatchStatus.COMPLETED);
        assertThat(snapshot()).isEqualTo(before);
    }

    private static List<Map<String, Object>> snapshot() {
        return dsl.select(EVALUATION.fields()).from(EVALUATION).where(EVALUATION.PERIOD_CODE.eq("2025Q3"))
                .orderBy(EVALUATION.TARGET_CODE, EVALUATION.ENTITY_TYPE, EVALUATION.ENTITY_CODE).fetchMaps()
                .stream().peek(m -> m.remove("run_id")).toList();
    }
}
