package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Comparator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/** Which years of values a run reads, target kind by target kind, at the edges of the target year. */
class CubeYearsTest {
    static final Periods Q3 = Periods.parse("2026Q3");
    static final Periods Q4 = Periods.parse("2026Q4");

    static Target target(Target.Kind kind, String op, LocalDate deadline, Integer baselineYear, Integer targetYear,
                         String reading) {
        return new Target("T-1", "P", "cp_share", kind, Targets.scope(null, null), Target.EvaluateAt.hospital, null, null,
                Comparator.of(op), 1.0, null, null, deadline, baselineYear, null, targetYear, "确定", "一、", "原文", reading);
    }

    static List<Integer> years(Periods period, Integer planStart, Target... targets) {
        Catalog catalog = new Catalog(List.of(new Region("510000", "四川省", Region.Level.province, null)), List.of(),
                List.of(), List.of(new Plan("P", "方案", "x", "x", "510000", null, planStart, 2030, "p.txt")), List.of(targets));
        return List.copyOf(CubeYears.forTargets(catalog, period));
    }

    @Test
    void figuresReadTheirOwnYearOnly() {
        assertThat(CubeYears.forFigures(Q3)).containsExactly(2026);
        assertThat(CubeYears.forFigures(Periods.parse("2025Q1"))).containsExactly(2025);
    }

    @Test
    void withoutTargetsTheYearBeforeStaysForYearOnYear() {
        assertThat(years(Q3, 2021)).containsExactly(2025, 2026);
    }

    @Test
    void aPathFromTheBaselineIsReadUntilTheTargetYearsLastQuarter() {
        Target dueThisYear = target(Target.Kind.each, ">=", null, null, 2026, null);
        assertThat(years(Q3, 2022, dueThisYear)).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(years(Q4, 2022, dueThisYear)).containsExactly(2025, 2026);
    }

    @Test
    void thePathStartsAtTheStatedBaselineElseBeforeThePlanElseFiveYearsBeforeTheTarget() {
        assertThat(years(Q3, 2022, target(Target.Kind.each, ">=", null, 2023, 2027, null))).first().isEqualTo(2023);
        assertThat(years(Q3, 2022, target(Target.Kind.each, ">=", null, null, 2027, null))).first().isEqualTo(2021);
        assertThat(years(Q3, null, target(Target.Kind.each, ">=", null, null, 2027, null))).first().isEqualTo(2022);
        // no target year: judged on the value now, no path
        assertThat(years(Q3, null, target(Target.Kind.each, ">=", null, null, null, null))).containsExactly(2025, 2026);
    }

    @Test
    void aDeadlineReadsThePathWhileItIsAhead() {
        Target due = target(Target.Kind.deadline, ">=", LocalDate.of(2026, 12, 31), null, null, null);
        assertThat(years(Q3, 2023, due)).first().isEqualTo(2022);
        assertThat(years(Q4, 2023, due)).containsExactly(2025, 2026);
    }

    @Test
    void growthReadsItsBaselineYearEvenAfterTheTargetYear() {
        assertThat(years(Q3, 2024, target(Target.Kind.growth, "up", null, 2020, 2022, null))).first().isEqualTo(2020);
    }

    @Test
    void aPlanPeriodTotalCountsFromThePlansFirstYear() {
        assertThat(years(Q3, 2021, target(Target.Kind.total, ">=", null, null, 2025, "方案期内累计"))).first().isEqualTo(2021);
    }

    @Test
    void milestonesReadNoValues() {
        assertThat(years(Q3, 2018, target(Target.Kind.milestone, ">=", LocalDate.of(2030, 6, 30), 2015, 2030, null)))
                .containsExactly(2025, 2026);
    }
}
