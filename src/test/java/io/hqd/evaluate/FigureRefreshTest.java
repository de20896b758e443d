package io.hqd.evaluate;

import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.warehouse.Periods;

/**
 * Which periods the computeIndicators step recomputes, at the year's first and last quarter: the run's period always;
 * an earlier period when its year to date changed or it was never computed; the others keep their figures.
 */
class FigureRefreshTest {
    @TempDir
    Path dir;
    FigureWarehouse w;
    final List<String> log = new ArrayList<>();

    @AfterEach
    void tearDown() {
        w.close();
    }

    FigureRefresh.Outcome run(String period, String scope) {
        return w.dsl.transactionResult(tx -> new FigureRefresh(tx.dsl(), FigureWarehouse.CATALOG, Clock.systemUTC(), log::add)
                .run(Periods.parse(period), scope, "R-" + period));
    }

    static List<String> codes(Iterable<Periods> periods) {
        List<String> out = new ArrayList<>();
        periods.forEach(p -> out.add(p.code()));
        return out;
    }

    Double countyShare(String period) {
        return w.dsl.select(INDICATOR_VALUE.VALUE).from(INDICATOR_VALUE).where(INDICATOR_VALUE.PERIOD_CODE.eq(period),
                INDICATOR_VALUE.ENTITY_CODE.eq("511826"), INDICATOR_VALUE.INDICATOR.eq("cp_share")).fetchOne(INDICATOR_VALUE.VALUE);
    }

    @Test
    void atTheYearsFirstQuarterEveryEarlierPeriodIsComputedOnceThenKept() {
        w = new FigureWarehouse(dir).quarters("2025Q1", "2026Q1");
        FigureRefresh.Outcome first = run("2026Q1", null);
        assertThat(first.computed()).containsExactlyEntriesOf(orderedMap("2025Q1", "尚未计算", "2025Q2", "尚未计算",
                "2025Q3", "尚未计算", "2025Q4", "尚未计算", "2026Q1", "本期"));
        assertThat(first.kept()).isEmpty();
        assertThat(countyShare("2025Q4")).isEqualTo(45.0);

        FigureRefresh.Outcome again = run("2026Q1", null);
        assertThat(codes(again.computed().keySet())).containsExactly("2026Q1");
        assertThat(codes(again.kept())).containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
        assertThat(again.words()).isEqualTo("重算 2026Q1（本期），未变化的 2025Q1—2025Q4 沿用已有结果");
    }

    @Test
    void aChangeInLastYearsFirstQuarterRecomputesThatYearToDateNotTheRunsYear() {
        w = new FigureWarehouse(dir).quarters("2025Q1", "2026Q1");
        run("2026Q1", null);
        w.change("H1", "2025Q1", 100);
        FigureRefresh.Outcome o = run("2026Q1", null);
        assertThat(o.computed()).containsExactlyEntriesOf(orderedMap("2025Q1", "数据有变化", "2025Q2", "数据有变化",
                "2025Q3", "数据有变化", "2025Q4", "数据有变化", "2026Q1", "本期"));
        assertThat(countyShare("2025Q4")).isEqualTo(50.0);   // (100 + 3 × 60 + 4 × 30) / 800
    }

    @Test
    void aChangeInTheYearsLastQuarterRecomputesOnlyThatQuarter() {
        w = new FigureWarehouse(dir).quarters("2025Q1", "2026Q1");
        run("2026Q1", null);
        w.change("H2", "2025Q4", 70);
        FigureRefresh.Outcome o = run("2026Q1", null);
        assertThat(codes(o.computed().keySet())).containsExactly("2025Q4", "2026Q1");
        assertThat(o.computed().get(Periods.parse("2025Q4"))).isEqualTo("数据有变化");
        assertThat(codes(o.kept())).containsExactly("2025Q1", "2025Q2", "2025Q3");
        assertThat(countyShare("2025Q4")).isEqualTo(50.0);   // (4 × 60 + 3 × 30 + 70) / 800
        assertThat(countyShare("2025Q3")).isEqualTo(45.0);
    }

    @Test
    void atTheYearsLastQuarterAChangeInItsFirstQuarterRecomputesTheWholeYearToDate() {
        w = new FigureWarehouse(dir).quarters("2025Q4", "2026Q4");
        run("2026Q4", null);
        w.change("H1", "2026Q1", 100);
        FigureRefresh.Outcome o = run("2026Q4", null);
        assertThat(codes(o.computed().keySet())).containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
        assertThat(codes(o.kept())).containsExactly("2025Q4");
        assertThat(o.rows()).isEqualTo(4 * 5);   // 4 periods × (2 hospitals, county, city, province)
    }

    @Test
    void aLaterPeriodIsNeitherComputedNorKept() {
        w = new FigureWarehouse(dir).quarters("2026Q1", "2026Q4");
        FigureRefresh.Outcome o = run("2026Q2", null);
        assertThat(codes(o.computed().keySet())).containsExactly("2026Q1", "2026Q2");
        assertThat(o.kept()).isEmpty();
        assertThat(countyShare("2026Q3")).isNull();
    }

    @Test
    void aScopedRunOnChangedInputsForgetsThePeriodSoTheNextFullRunRecomputesIt() {
        w = new FigureWarehouse(dir).quarters("2025Q3", "2025Q4");
        run("2025Q4", null);
        w.change("H1", "2025Q3", 70);
        FigureRefresh.Outcome scoped = run("2025Q4", "511826");
        assertThat(codes(scoped.computed().keySet())).containsExactly("2025Q3", "2025Q4");
        assertThat(new FigureInputs(w.dsl).recorded()).doesNotContainKeys("2025Q3", "2025Q4");
        FigureRefresh.Outcome full = run("2025Q4", null);
        assertThat(full.computed()).containsExactlyEntriesOf(orderedMap("2025Q3", "尚未计算", "2025Q4", "本期"));
        assertThat(new FigureInputs(w.dsl).recorded()).containsKeys("2025Q3", "2025Q4");
        assertThat(codes(run("2025Q4", null).kept())).containsExactly("2025Q3");
    }

    static Map<Periods, String> orderedMap(String... codesAndWhy) {
        Map<Periods, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codesAndWhy.length; i += 2) {
            out.put(Periods.parse(codesAndWhy[i]), codesAndWhy[i + 1]);
        }
        return out;
    }
}
