package io.hqd.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DefinitionChangesTest {
    static final List<DefinitionChanges.Version> PERSONNEL = List.of(
            new DefinitionChanges.Version("人员经费占比", "2020版", 2020, "人员经费/医疗活动费用×100%"),
            new DefinitionChanges.Version("人员支出占业务支出比重", "2019版", null, "人员支出/业务支出×100%"));

    @Test
    void aComparisonFromBeforeTheChangeToAfterItIsNoted() {
        String note = DefinitionChanges.crossing(PERSONNEL, 2018, 2021).orElseThrow();
        assertThat(note).contains("自2020年起", "人员经费占比", "此前为“人员支出占业务支出比重”", "2018年与2021年");
    }

    @Test
    void comparisonsOnOneSideOfTheChangeAreNot() {
        assertThat(DefinitionChanges.crossing(PERSONNEL, 2020, 2025)).isEmpty();
        assertThat(DefinitionChanges.crossing(PERSONNEL, 2017, 2019)).isEmpty();
        assertThat(DefinitionChanges.crossing(PERSONNEL.subList(0, 1), 2018, 2025)).isEmpty();
    }
}
