package io.hqd.evaluate.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Target;
import io.hqd.demo.DemoRegistry;
import io.hqd.demo.DemoScope;
import io.hqd.evaluate.OrgUnits;
import io.hqd.warehouse.Periods;

/** The bundled catalog's commitments on the demo registry: who reports each one, in which order they print. */
class MilestoneEvaluatorTest {

    private static Catalog catalog;
    private static MilestoneEvaluator evaluator;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadBundled();
        OrgUnits org = new OrgUnits(catalog.regionsByCode(),
                DemoRegistry.build(catalog, DemoScope.defaults(LocalDate.of(2026, 11, 29))));
        evaluator = new MilestoneEvaluator(catalog, org);
    }

    private static String code(String quote) {
        return catalog.targets().stream().filter(t -> t.isMilestone() && t.quote().equals(quote))
                .map(Target::targetCode).findFirst().orElseThrow();
    }

    @Test
    void eachUnitResponsibleGetsARow() {
        List<MilestoneRow> rows = evaluator.evaluate(Periods.parse("2026Q3"), List.of());
        String relocation = code("市一医院总院搬迁至西区院区");
        assertThat(rows).filteredOn(r -> r.targetCode().equals(relocation))
                .singleElement().satisfies(r -> {
                    assertThat(r.entityCode()).isEqualTo("H51150001");
                    assertThat(r.due()).isEqualTo(LocalDate.of(2026, 12, 31));
                    assertThat(r.status()).isEqualTo(MilestoneStatus.no_data);
                });
        String rules = code("制定具体实施细则");
        assertThat(rows).filteredOn(r -> r.targetCode().equals(rules))
                .as("every 武汉 district").hasSize((int) catalog.regions().stream()
                        .filter(r -> "420100".equals(r.parentCode())).count())
                .allSatisfy(r -> assertThat(r.responsible()).doesNotStartWith("各"));
        String plan = code("制定区级综合医院能力提升实施方案和工作计划");
        assertThat(rows).filteredOn(r -> r.targetCode().equals(plan)).singleElement()
                .satisfies(r -> assertThat(r.responsible()).isEqualTo("区卫生健康局"));
    }

    @Test
    void mostOverdueFirstAndClosedPlansLastWithoutADayCount() {
        String relocation = code("市一医院总院搬迁至西区院区");                 // 宜宾, plan ends 2026
        String plan = code("制定区级综合医院能力提升实施方案和工作计划");        // 牡丹区, due 2022-06-30, plan ends 2025
        String emergency = code("力争到2025年,重大疫情和突发公共卫生事件应急处置能力达到国际一流水准"); // 上海, due 2025-12-31, plan to 2030
        Periods p = Periods.parse("2027Q1");
        List<MilestoneReport> reports = List.of(
                new MilestoneReport(relocation, "H51150001", p, MilestoneState.in_progress, null, "主体完工", ""),
                new MilestoneReport(plan, "371702", p, MilestoneState.in_progress, null, "起草中", ""),
                new MilestoneReport(emergency, "310000", p, MilestoneState.in_progress, null, "演练中", ""));
        List<MilestoneRow> rows = evaluator.evaluate(p, reports);
        assertThat(rows.get(0).targetCode()).isEqualTo(emergency);
        assertThat(rows.get(0).status()).isEqualTo(MilestoneStatus.overdue);
        assertThat(rows.get(0).daysOverdue()).isEqualTo(455);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.status()).isNotEqualTo(MilestoneStatus.overdue));
        int firstClosed = rows.indexOf(rows.stream().filter(r -> r.status() == MilestoneStatus.closed).findFirst().orElseThrow());
        assertThat(rows.subList(firstClosed, rows.size())).as("closed plans' items print last, apart")
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(MilestoneStatus.closed));
        for (String ended : List.of(relocation, plan)) {
            assertThat(rows).filteredOn(r -> r.targetCode().equals(ended)).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(MilestoneStatus.closed);
                assertThat(r.daysOverdue()).isZero();
                assertThat(r.text()).startsWith("规划期结束时未完成").doesNotContain("已过期限");
            });
        }
    }

    @Test
    void aPlanNotYetInForceHasNoRows() {
        assertThat(evaluator.evaluate(Periods.parse("2021Q4"), List.of()))
                .noneMatch(r -> r.planCode().equals("YB-P3") || r.planCode().equals("YA2022"));
    }

    /**
     * A row without this period's report never shows an earlier quarter's words as current: never reported, no words;
     * reported in Q2 and silent in Q3, the Q2 words say they are from Q2; a report for a later quarter is not read;
     * this quarter's own words and the proof of a completion print as reported.
     */
    @Test
    void earlierWordsSayWhichQuarterTheyAreFrom() {
        String relocation = code("市一医院总院搬迁至西区院区");
        Periods q2 = Periods.parse("2026Q2");
        Periods q3 = Periods.parse("2026Q3");
        Periods q4 = Periods.parse("2026Q4");
        MilestoneReport inQ2 = new MilestoneReport(relocation, "H51150001", q2, MilestoneState.in_progress, null, "按计划推进中", "");
        MilestoneReport inQ4 = new MilestoneReport(relocation, "H51150001", q4, MilestoneState.in_progress, null, "四季度进展", "");
        java.util.function.Function<List<MilestoneReport>, MilestoneRow> row = reports -> evaluator.evaluate(q3, reports)
                .stream().filter(r -> r.targetCode().equals(relocation)).findFirst().orElseThrow();

        assertThat(row.apply(List.of()).evidence()).isNull();
        assertThat(row.apply(List.of(inQ4)).evidence()).as("a later quarter's report is not read").isNull();
        MilestoneRow silent = row.apply(List.of(inQ2, inQ4));
        assertThat(silent.status()).isEqualTo(MilestoneStatus.no_data);
        assertThat(silent.evidence()).isEqualTo("（2026Q2 报送）按计划推进中");
        assertThat(silent.reportedPeriod()).isEqualTo("2026Q2");
        MilestoneRow proofOnly = row.apply(List.of(new MilestoneReport(relocation, "H51150001", q2,
                MilestoneState.in_progress, null, "", "宜卫发〔2026〕3号")));
        assertThat(proofOnly.evidence()).isEqualTo("（2026Q2 报送）");
        MilestoneReport inQ3 = new MilestoneReport(relocation, "H51150001", q3, MilestoneState.in_progress, null, "主体完工", "");
        assertThat(row.apply(List.of(inQ2, inQ3)).evidence()).isEqualTo("主体完工");
        MilestoneReport doneQ2 = new MilestoneReport(relocation, "H51150001", q2, MilestoneState.done,
                LocalDate.of(2026, 6, 1), "已搬迁", "");
        assertThat(row.apply(List.of(doneQ2)).evidence()).as("a completion stays done").isEqualTo("已搬迁");
    }
}
