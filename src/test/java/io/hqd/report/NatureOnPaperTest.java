package io.hqd.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.hqd.evaluate.Status;
import io.hqd.report.data.EvalFact;

/** Every label printed beside a status names the target's nature, so a 力争 miss reads differently from a firm one. */
class NatureOnPaperTest {

    private static EvalFact fact(String nature) {
        EvalFact f = SummaryBuilderTest.fact("YA", "YA2022-01", "h", Status.not_met);
        return new EvalFact(f.periodCode(), f.targetCode(), f.planCode(), f.citation(), f.planTitle(), f.kind(), f.op(),
                f.scopeTier(), f.scopeType(), nature, f.indicator(), f.entityType(), f.entityCode(), f.entityName(),
                f.regionCode(), f.numerator(), f.denominator(), f.value(), f.targetValue(), f.pathValue(), f.status(),
                f.provisional(), f.evidence());
    }

    @Test
    void stretchFirmAndPlannedNaturesPrintBesideTheTarget() {
        assertThat(fact("力争").targetLabel()).endsWith("（YA2022-01，力争）");
        assertThat(fact("确定").targetLabel()).endsWith("（YA2022-01，确定）");
        assertThat(fact("约束性").targetLabel()).endsWith("（YA2022-01，约束性）");
        assertThat(fact("力争").targetLabel()).isNotEqualTo(fact("确定").targetLabel());
    }
}
