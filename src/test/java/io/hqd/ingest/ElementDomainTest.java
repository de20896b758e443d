package io.hqd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Indicator;

/** Every level element of the bundled catalog takes the range its definition states. */
class ElementDomainTest {

    @Test
    void everyLevelOfTheBundledCatalogHasItsStatedRange() {
        Map<String, String> ranges = new TreeMap<>();
        for (Indicator e : Fixtures.CATALOG.elements()) {
            if (e.aggregation() == Indicator.Aggregation.level) {
                assertThat(ElementDomain.statedLevels(e.definition())).as("%s states its range: %s", e.code(), e.definition())
                        .isPresent();
                ElementDomain d = ElementDomain.of(e);
                ranges.put(e.code(), d.min() + "–" + d.max());
            }
        }
        assertThat(ranges).containsExactlyInAnyOrderEntriesOf(Map.of(
                "emr_level", "0–8",
                "smart_hospital_level", "0–5",
                "smart_service_level", "0–5",
                "smart_management_level", "0–5",
                "interop_maturity_level", "1–5",
                "info_security_level", "1–5",
                "accreditation_level", "1–5",
                "perf_assessment_grade", "1–8",
                "cdc_grade_level", "0–5"));
    }

    @Test
    void aLevelWithoutAStatedRangeKeepsZeroToEight() {
        assertThat(ElementDomain.statedLevels("某项评估的等级")).isEmpty();
        assertThat(ElementDomain.statedLevels(null)).isEmpty();
        assertThat(ElementDomain.statedLevels("评估结果（0～5级）")).hasValueSatisfying(r -> assertThat(r).containsExactly(0, 5));
    }
}
