package io.hqd.evaluate;

import static io.hqd.evaluate.Targets.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/** Where a plan-period total starts counting: after the baseline year, else at the plan's start, else this year. */
class PlanPeriodTotalTest {
    private static final Periods Q3 = Periods.parse("2026Q3");

    @Test
    void theFirstYearCountedIsTheYearAfterTheBaselineThenThePlansFirstYearThenThisYear() {
        Target withBaseline = target(Target.Kind.total, ">=", 30.0, null, null, 2021, 2026);
        Target noBaseline = target(Target.Kind.total, ">=", 30.0, null, null, null, 2026);
        assertThat(PlanPeriodTotal.firstYear(withBaseline, 2020, Q3)).isEqualTo(2022);
        assertThat(PlanPeriodTotal.firstYear(withBaseline, null, Q3)).isEqualTo(2022);
        assertThat(PlanPeriodTotal.firstYear(noBaseline, 2023, Q3)).isEqualTo(2023);
        assertThat(PlanPeriodTotal.firstYear(noBaseline, null, Q3)).isEqualTo(2026);
    }
}
