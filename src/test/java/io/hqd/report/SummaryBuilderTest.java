package io.hqd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;
import io.hqd.report.data.EvalFact;
import io.hqd.report.data.IndicatorMeta;
import io.hqd.report.data.SummaryBuilder;
import io.hqd.report.data.SummaryRow;

class SummaryBuilderTest {
    static final IndicatorMeta CMI = new IndicatorMeta("cmi", "病例组合指数（CMI）", null, 2, "higher", "w", "c");

    static EvalFact fact(String plan, String target, String entity, Status status) {
        return new EvalFact("2026Q3", target, plan, plan + "号", plan, Target.Kind.each, Comparator.at_least, "三级", null, null, CMI,
                EntityType.hospital, entity, entity, "511802", 1.0, 1.0, 1.0, 2.0, null, status, false, null);
    }

    @Test
    void mostUrgentPlanAndTargetFirstAndNotApplicableLeftOut() {
        List<EvalFact> facts = new ArrayList<>();
        facts.add(fact("A", "A-1", "h1", Status.met));
        facts.add(fact("A", "A-1", "h2", Status.met));
        facts.add(fact("B", "B-1", "h1", Status.behind));
        facts.add(fact("B", "B-2", "h1", Status.not_met));
        facts.add(fact("B", "B-2", "h2", Status.not_met));
        facts.add(fact("B", "B-2", "h3", Status.not_applicable));
        facts.add(fact("B", "B-1", "h2", Status.no_data));
        List<SummaryRow> rows = SummaryBuilder.build(facts);
        assertThat(rows).extracting(SummaryRow::targetCode).containsExactly("B-2", "B-1", "A-1");
        assertThat(rows.get(0).getNotMet()).isEqualTo(2);
        assertThat(rows.get(0).getTotal()).isEqualTo(2);
        assertThat(rows.get(1).getBehind()).isEqualTo(1);
        assertThat(rows.get(1).getNoData()).isEqualTo(1);
        assertThat(rows.get(0).planHeader()).startsWith("B号　未达标 2，滞后 1，无数据 1");
    }

    @Test
    void targetLabelReadsAsTheClause() {
        assertThat(fact("YA", "YA2022-01", "h", Status.met).targetLabel()).isEqualTo("三级 病例组合指数（CMI） ≥ 2.00（YA2022-01）");
    }

    @Test
    void statusIsReadableWithoutColourAndRoundingIsHalfUp() {
        assertThat(StatusText.of(Status.not_met)).isEqualTo("× 未达标");
        assertThat(StatusText.of(Status.behind)).isEqualTo("△ 滞后");
        assertThat(Fmt.num(2.345, 2)).isEqualTo("2.35");
        assertThat(Fmt.num(null, 2)).isEqualTo("—");
        assertThat(Fmt.signed(0.001, 2)).isEqualTo("0.00");
        assertThat(Fmt.signed(0.5, 1)).isEqualTo("+0.5");
    }
}
