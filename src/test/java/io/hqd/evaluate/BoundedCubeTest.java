package io.hqd.evaluate;

import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Comparator;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/**
 * A warehouse holding values from 2022Q1 to 2026Q3: judging 2026Q3 from a cube of only the years the targets read
 * (a year-on-year growth: 2025; a path from the baseline, the year before the plan's first: 2023; a plan-period
 * total from the plan's first year: 2024) gives exactly the rows judging it from every value in force gives, and
 * that cube holds no 2022 value.
 */
class BoundedCubeTest {
    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static DSLContext dsl;
    static Catalog catalog;
    static final Periods Q3 = Periods.parse("2026Q3");

    static final Indicator CP = Targets.ratio("cp_share", "cp", "dis", 100, Indicator.Direction.higher);
    static final Indicator NUM = Targets.element("cp", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final Indicator DEN = Targets.element("dis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final Indicator NEW_BEDS = Targets.element("new_beds", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);

    static Target target(String code, String indicator, Target.Kind kind, Target.EvaluateAt at, String op, double value,
                         String reading) {
        return new Target(code, "YA2024", indicator, kind, Targets.scope(null, null), at, null, null, Comparator.of(op),
                value, null, null, null, null, null, 2027, "确定", "一、", "原文", reading);
    }

    @BeforeAll
    static void setUp() {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        dsl = warehouse.dsl();
        List<Region> regions = List.of(new Region("510000", "四川省", Region.Level.province, null),
                new Region("511800", "雅安市", Region.Level.city, "510000"),
                new Region("511826", "芦山县", Region.Level.county, "511800"));
        catalog = new Catalog(regions, List.of(), List.of(CP, NUM, DEN, NEW_BEDS),
                List.of(new Plan("YA2024", "雅安方案", "x", "x", "511800", null, 2024, 2027, "001.txt")),
                List.of(target("G-1", "cp_share", Target.Kind.growth, Target.EvaluateAt.hospital, "up", 10, null),
                        target("P-1", "cp_share", Target.Kind.each, Target.EvaluateAt.hospital, ">=", 95, null),
                        target("T-1", "new_beds", Target.Kind.total, Target.EvaluateAt.city, ">=", 500, "方案期内累计新增")));
        List<HospitalVersion> hospitals = List.of(
                new HospitalVersion("H1", "芦山县人民医院", "511826", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县"),
                new HospitalVersion("H2", "雅安市人民医院", "511800", LocalDate.of(2018, 1, 1), null, "三级", "甲", "综合", "公立", "市"));
        new ReferenceLoader(dsl).load(catalog, hospitals, LocalDate.of(2026, 11, 29), 30);
        int n = 0;
        for (Periods p = Periods.parse("2022Q1"); p.compareTo(Q3) <= 0; p = p.next()) {
            // every year its own share, so a figure read from the wrong year shows
            int y = p.year() - 2022;
            submit("s" + ++n, "H1", p, 30 + 7 * y, 100, 10 + y);
            // H2 did not report 2023: its path starts at the first full year after the baseline it lacks
            if (p.year() != 2023) {
                submit("s" + ++n, "H2", p, 40 + 5 * y, 100, 20 + y);
            }
        }
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    static void submit(String id, String reporter, Periods period, double cp, double dis, double newBeds) {
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, id).set(SUBMISSION.REPORTER_TYPE, "hospital")
                .set(SUBMISSION.REPORTER_CODE, reporter).set(SUBMISSION.PERIOD_CODE, period.code())
                .set(SUBMISSION.ORIGINAL_NAME, reporter + period.code() + ".xlsx")
                .set(SUBMISSION.RECEIVED_AT, LocalDateTime.of(period.end().plusDays(10), java.time.LocalTime.NOON))
                .set(SUBMISSION.STATUS, "accepted").set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false).execute();
        String[] elements = {"cp", "dis", "new_beds"};
        double[] values = {cp, dis, newBeds};
        for (int i = 0; i < elements.length; i++) {
            dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, id)
                    .set(SUBMISSION_VALUE.ELEMENT_CODE, elements[i]).set(SUBMISSION_VALUE.VALUE, values[i])
                    .set(SUBMISSION_VALUE.SHEET, "填报表").set(SUBMISSION_VALUE.CELL, "E" + (5 + i)).execute();
        }
    }

    static List<EvaluationRow> evaluate(ValueCube cube) {
        return new Evaluator(catalog, OrgUnits.load(dsl), cube).evaluate(Q3);
    }

    @Test
    void theTargetsReadFrom2023OnlyTheBaselineYearBeforeThePlan() {
        assertThat(CubeYears.forTargets(catalog, Q3)).containsExactly(2023, 2024, 2025, 2026);
    }

    @Test
    void judgingFromTheYearsTheTargetsReadEqualsJudgingFromEveryValueAndHoldsNo2022Value() {
        ValueCube everything = ValueCube.load(dsl);
        ValueCube bounded = ValueCube.load(dsl, CubeYears.forTargets(catalog, Q3));

        assertThat(everything.periods().first()).isEqualTo(Periods.parse("2022Q1"));
        assertThat(bounded.periods().first()).isEqualTo(Periods.parse("2023Q1"));
        assertThat(bounded.periods().last()).isEqualTo(Q3);
        assertThat(bounded.periods()).noneMatch(p -> p.year() == 2022).hasSize(15);
        assertThat(bounded.get("H1", Periods.parse("2022Q4"), "cp")).isNull();
        assertThat(everything.get("H1", Periods.parse("2022Q4"), "cp")).isNotNull();

        List<EvaluationRow> all = evaluate(everything);
        assertThat(evaluate(bounded)).isEqualTo(all);
        // the rows really read the earlier years: the path from 2023, last year's same quarters, the plan-period total
        assertThat(all).extracting(EvaluationRow::evidence)
                .anyMatch(e -> e.contains("基期 2023 年"))
                .anyMatch(e -> e.contains("基期数据缺失，以 2024 年为起点"))
                .anyMatch(e -> e.contains("上年同期"))
                .anyMatch(e -> e.contains("2024 年至 2026Q3"));
    }

    @Test
    void oneYearFewerChangesTheEvaluation() {
        // the range is not generous by accident: without 2023 the path of H1 starts elsewhere
        assertThat(evaluate(ValueCube.load(dsl, List.of(2024, 2025, 2026)))).isNotEqualTo(evaluate(ValueCube.load(dsl)));
    }
}
