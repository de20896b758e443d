package io.hqd.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;
import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;
import io.hqd.report.data.EvalFact;
import io.hqd.report.data.IndicatorMeta;
import io.hqd.report.data.ShareRow;

/**
 * A target on how many hospitals meet something reads as such: "为“是”的医院占比 ≥ 80%", not the hospital's own
 * "为“是”", and its table shows the share with % and the count with 家 (before: 63 against 80, no unit).
 */
class ShareLabelTest {
    static final IndicatorMeta FLAG = new IndicatorMeta("county_capacity_recommended_std", "达到推荐标准", "是/否(1/0)", 0,
            "higher", "w", "c");
    static final IndicatorMeta CMI = new IndicatorMeta("cmi", "病例组合指数（CMI）", null, 2, "higher", "w", "c");

    static EvalFact fact(Target.Kind kind, IndicatorMeta m, double value, double target) {
        return new EvalFact("2026Q3", "YA2022-12", "YA2022", "雅办发", "方案", kind, Comparator.at_least, null, "综合", "力争", m,
                EntityType.city, "511800", "雅安市", "511800", 5.0, 8.0, value, target, null, Status.behind, false, null);
    }

    @Test
    void aShareOfYesHospitalsReadsAsAShareWithPercent() {
        EvalFact f = fact(Target.Kind.share, FLAG, 62.5, 80);
        assertThat(f.targetLabel()).isEqualTo("综合 达到推荐标准 为“是”的医院占比 ≥ 80%（YA2022-12，力争）");
        assertThat(new ShareRow(f).getValueText()).isEqualTo("62.5%");
        assertThat(new ShareRow(f).getTargetText()).isEqualTo("≥ 80%");
    }

    @Test
    void aCountOfHospitalsMeetingAValueReadsInHospitals() {
        EvalFact f = fact(Target.Kind.count, CMI, 3, 5);
        assertThat(f.targetLabel()).isEqualTo("综合 病例组合指数（CMI） 达到要求的医院家数 ≥ 5 家（YA2022-12，力争）");
        assertThat(new ShareRow(f).getTargetText()).isEqualTo("≥ 5 家");
    }

    @Test
    void aShareTargetReadsTheSameOnEveryRowWithTheConditionEachHospitalMeets() {
        // YA2022-35: 60% of 三级 hospitals at 星级 ≥ 3; a hospital's row carries 3 (its condition) as its target value
        IndicatorMeta stars = new IndicatorMeta("smart_hospital_level", "智慧医院星级", "星", 0, "higher", "w", "c");
        EvalFact.PlanValues plan = new EvalFact.PlanValues(60.0, Comparator.at_least, 3.0);
        EvalFact city = new EvalFact("2026Q3", "YA2022-35", "YA2022", "雅办发", "方案", Target.Kind.share, Comparator.at_least,
                "三级", null, "力争", stars, EntityType.city, "511800", "雅安市", "511800", 1.0, 2.0, 50.0, 60.0, null,
                Status.behind, false, null, plan);
        EvalFact hospital = new EvalFact("2026Q3", "YA2022-35", "YA2022", "雅办发", "方案", Target.Kind.share,
                Comparator.at_least, "三级", null, "力争", stars, EntityType.hospital, "H1", "某医院", "511802", null, null,
                2.0, 3.0, null, Status.not_met, false, null, plan);
        assertThat(city.targetLabel()).isEqualTo("三级 智慧医院星级 ≥ 3 的医院占比 ≥ 60%（YA2022-35，力争）")
                .isEqualTo(hospital.targetLabel());
        // YB-P3-11: 6 县级医院 at 等级 ≥ 5 (三甲)
        EvalFact count = new EvalFact("2026Q3", "YB-P3-11", "YB-P3", "宜办发", "方案", Target.Kind.count, Comparator.at_least,
                null, null, "力争", CMI, EntityType.hospital, "H1", "某医院", "511502", null, null, 4.0, 5.0, null,
                Status.not_met, false, null, new EvalFact.PlanValues(6.0, Comparator.at_least, 5.0));
        assertThat(count.targetLabel()).isEqualTo("病例组合指数（CMI） ≥ 5.00 的医院家数 ≥ 6 家（YB-P3-11，力争）");
    }

    @Test
    void aHospitalsOwnTargetStillReadsAsItsValue() {
        assertThat(fact(Target.Kind.each, CMI, 1.2, 1.4).targetLabel()).isEqualTo("综合 病例组合指数（CMI） ≥ 1.40（YA2022-12，力争）");
    }
}
