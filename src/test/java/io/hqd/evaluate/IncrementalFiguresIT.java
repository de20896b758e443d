package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.FIGURE_REPORTER;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static io.hqd.warehouse.schema.ops.Tables.FIGURE_INPUT;
import static io.hqd.warehouse.schema.ops.Tables.RUN;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import io.hqd.registry.HospitalRegistry;

/**
 * A nightly that evaluates a new period recomputes that period and the earlier ones whose inputs changed, keeps the
 * figures of the others, and says which in the run history; what it keeps is exactly what a full recompute writes.
 * Real DuckDB home, bundled catalog; 名山区人民医院 reports 2024Q1–2025Q3.
 */
class IncrementalFiguresIT {
    static final String MINGSHAN = EvaluateJobIT.MINGSHAN;
    static final List<String> QUARTERS = List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3");

    @TempDir
    Path dir;
    Pipeline pipeline;
    DSLContext dsl;

    @BeforeEach
    void setUp() throws Exception {
        HqdHome home = new HqdHome(dir).ensureLayout();
        HospitalRegistry.write(home.hospitalRegistry(), List.of(EvaluateJobIT.version(MINGSHAN, "名山区人民医院", "511803",
                "2018-01-01", null, "二级", "县")));
        pipeline = Pipeline.open(home);
        dsl = pipeline.bean(DSLContext.class);
        for (String q : QUARTERS) {
            submit(q, 60, 100);
        }
    }

    @AfterEach
    void tearDown() {
        pipeline.close();
    }

    @Test
    void aFirstRunComputesEveryPeriodWithData() throws Exception {
        run("2025Q3", "R1");
        assertThat(summary("R1")).contains("重算 2024Q1（尚未计算）、2024Q2（尚未计算）、2024Q3（尚未计算）、2024Q4（尚未计算）、"
                + "2025Q1（尚未计算）、2025Q2（尚未计算）、2025Q3（本期）").doesNotContain("沿用");
        assertThat(runOfFigures()).containsOnlyKeys(QUARTERS).allSatisfy((q, r) -> assertThat(r).isEqualTo("R1"));
    }

    @Test
    void aRunWithNothingChangedRecomputesOnlyItsPeriod() throws Exception {
        run("2025Q3", "R1");
        run("2025Q3", "R2");
        assertThat(summary("R2")).contains("重算 2025Q3（本期），未变化的 2024Q1—2025Q2 沿用已有结果");
        assertThat(runOfFigures()).containsEntry("2025Q3", "R2").containsEntry("2025Q2", "R1").containsEntry("2024Q1", "R1");
    }

    /** A 2025Q1 correction changes 2025Q1 and, year to date, 2025Q2; 2024Q4, the quarter before it, is kept. */
    @Test
    void aChangedValueRecomputesItsQuarterAndTheLaterQuartersOfItsYear() throws Exception {
        run("2025Q3", "R1");
        dsl.update(SUBMISSION_VALUE).set(SUBMISSION_VALUE.VALUE, 70.0)
                .where(SUBMISSION_VALUE.SUBMISSION_ID.eq(MINGSHAN + "-2025Q1"), SUBMISSION_VALUE.ELEMENT_CODE.eq("cp_discharges"))
                .execute();
        run("2025Q3", "R2");
        assertThat(summary("R2")).contains("重算 2025Q1（数据有变化）、2025Q2（数据有变化）、2025Q3（本期），未变化的 2024Q1—2024Q4 沿用已有结果");
        assertThat(runOfFigures()).containsEntry("2024Q4", "R1").containsEntry("2025Q1", "R2").containsEntry("2025Q2", "R2");
        assertThat(dsl.select(INDICATOR_VALUE.VALUE).from(INDICATOR_VALUE).where(INDICATOR_VALUE.PERIOD_CODE.eq("2025Q1"),
                INDICATOR_VALUE.ENTITY_CODE.eq(MINGSHAN), INDICATOR_VALUE.INDICATOR.eq("cp_share")).fetchOne().value1())
                .isEqualTo(70.0);
    }

    @Test
    void whatAnIncrementalRunKeepsIsWhatAFullRecomputeWrites() throws Exception {
        run("2025Q3", "R1");
        dsl.update(SUBMISSION_VALUE).set(SUBMISSION_VALUE.VALUE, 55.0)
                .where(SUBMISSION_VALUE.SUBMISSION_ID.eq(MINGSHAN + "-2024Q2"), SUBMISSION_VALUE.ELEMENT_CODE.eq("cp_discharges"))
                .execute();
        run("2025Q3", "R2");
        List<List<Map<String, Object>>> incremental = marts();
        dsl.deleteFrom(FIGURE_INPUT).execute();   // forget every fingerprint: the next run recomputes everything
        run("2025Q3", "R3");
        assertThat(summary("R3")).doesNotContain("沿用");
        assertThat(marts()).isEqualTo(incremental);
    }

    /** How a figure is computed lives in hqd's code: figures another build computed are recomputed once, then kept. */
    @Test
    void figuresComputedByAnotherBuildOfHqdAreRecomputedOnce() throws Exception {
        run("2025Q3", "R1");
        dsl.update(FIGURE_INPUT).set(FIGURE_INPUT.FINGERPRINT,
                org.jooq.impl.DSL.inline("1@1#").concat(org.jooq.impl.DSL.field("split_part(fingerprint, '#', 2)", String.class)))
                .where(FIGURE_INPUT.PERIOD_CODE.ne("2024Q1")).execute();
        run("2025Q3", "R2");
        assertThat(summary("R2")).contains("重算 2024Q2（hqd 已更新）、2024Q3（hqd 已更新）、2024Q4（hqd 已更新）、"
                + "2025Q1（hqd 已更新）、2025Q2（hqd 已更新）、2025Q3（本期），未变化的 2024Q1 沿用已有结果");
        run("2025Q3", "R3");
        assertThat(summary("R3")).contains("重算 2025Q3（本期），未变化的 2024Q1—2025Q2 沿用已有结果");
    }

    /** A run for one county rewrites only that county's rows: the period's figures as a whole no longer match a fingerprint. */
    @Test
    void aScopedRunOnChangedInputsLeavesThePeriodToTheNextFullRun() throws Exception {
        run("2025Q3", "R1");
        dsl.update(SUBMISSION_VALUE).set(SUBMISSION_VALUE.VALUE, 65.0)
                .where(SUBMISSION_VALUE.SUBMISSION_ID.eq(MINGSHAN + "-2025Q3"), SUBMISSION_VALUE.ELEMENT_CODE.eq("cp_discharges"))
                .execute();
        assertThat(pipeline.run("evaluateJob", Pipeline.parameters().addString("period", "2025Q3")
                .addString("scope", "511803").addString("run", "R2").toJobParameters()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(dsl.fetchExists(FIGURE_INPUT, FIGURE_INPUT.PERIOD_CODE.eq("2025Q3"))).isFalse();
        assertThat(dsl.fetchExists(FIGURE_INPUT, FIGURE_INPUT.PERIOD_CODE.eq("2025Q2"))).isTrue();
        run("2025Q3", "R3");
        assertThat(summary("R3")).contains("重算 2025Q3（本期），未变化的 2024Q1—2025Q2 沿用已有结果");
        assertThat(dsl.fetchExists(FIGURE_INPUT, FIGURE_INPUT.PERIOD_CODE.eq("2025Q3"), FIGURE_INPUT.RUN_ID.eq("R3"))).isTrue();
    }

    private void run(String period, String runName) throws Exception {
        assertThat(pipeline.run("evaluateJob", Pipeline.parameters().addString("period", period)
                .addString("scope", "all").addString("run", runName).toJobParameters()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private void submit(String period, double cp, double discharges) {
        EvaluateJobIT.submit(dsl, MINGSHAN, period, cp, discharges);
    }

    private String summary(String runName) {
        return dsl.select(RUN.SUMMARY).from(RUN).where(RUN.RUN_NAME.eq(runName)).fetchOne().value1();
    }

    /** The run whose figures each period holds (one run per period: a period is recomputed whole or kept). */
    private Map<String, String> runOfFigures() {
        var rows = dsl.selectDistinct(INDICATOR_VALUE.PERIOD_CODE, INDICATOR_VALUE.RUN_ID).from(INDICATOR_VALUE).fetch();
        assertThat(rows.stream().map(r -> r.value1()).distinct().count()).isEqualTo(rows.size());
        return rows.intoMap(INDICATOR_VALUE.PERIOD_CODE, INDICATOR_VALUE.RUN_ID);
    }

    /** Every figure row, its run left out, in a stable order. */
    private List<List<Map<String, Object>>> marts() {
        return List.<Table<?>>of(INDICATOR_VALUE, INDICATOR_LINEAGE, FIGURE_REPORTER).stream().map(t -> {
            var fields = java.util.Arrays.stream(t.fields()).filter(f -> !f.getName().equals("run_id")).toList();
            return dsl.select(fields).from(t).orderBy(fields).fetchMaps();
        }).toList();
    }
}
