package io.hqd.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;

/** The range rule checks each element against its own catalog range and unit, at each edge. */
class ElementRangeRuleTest {

    private static List<Finding> check(String element, String value) {
        ValidationContext ctx = new ValidationContext(Fixtures.CATALOG, Set.of(Fixtures.HOSPITAL), Set.of("510402"),
                Map.of("2026Q3", new ValidationContext.PeriodState("2026Q3", LocalDate.of(2026, 10, 15), null)),
                (reporter, e, before) -> List.of(), Set.of());
        ReadCell cell = new ReadCell(element, new CellRef("填报表", "E9"), value, new BigDecimal(value), null);
        List<Finding> out = new ArrayList<>();
        new RangeRule().check(new Submission(ReporterType.HOSPITAL, Fixtures.HOSPITAL, "2026Q3", List.of(cell), null), ctx, out);
        return out;
    }

    private static void accepted(String element, String value) {
        assertThat(check(element, value)).as("%s = %s", element, value).isEmpty();
    }

    private static Finding refused(String element, String value) {
        List<Finding> f = check(element, value);
        assertThat(f).as("%s = %s", element, value).singleElement()
                .satisfies(x -> assertThat(x.rule()).isEqualTo("range"));
        return f.get(0);
    }

    @Test
    void smartHospitalStarsRunFromZeroToFive() {
        accepted("smart_hospital_level", "0");
        accepted("smart_hospital_level", "5");
        Finding six = refused("smart_hospital_level", "6");
        assertThat(six.message()).contains("智慧医院星级", "6", "0–5", "星");
        assertThat(six.cell()).isEqualTo("E9");
        refused("smart_hospital_level", "-1");
    }

    @Test
    void electronicRecordLevelsStillRunToEight() {
        accepted("emr_level", "8");
        assertThat(refused("emr_level", "9").message()).contains("0–8");
    }

    @Test
    void levelsThatStartAtOneRefuseZero() {
        accepted("interop_maturity_level", "1");
        accepted("interop_maturity_level", "5");
        assertThat(refused("interop_maturity_level", "0").message()).contains("1–5");
        refused("interop_maturity_level", "6");
        accepted("info_security_level", "5");
        refused("info_security_level", "6");
    }

    @Test
    void ordinalsRunOverTheCodesTheCatalogLists() {
        // 1=一级 … 5=三级甲等
        accepted("accreditation_level", "1");
        accepted("accreditation_level", "5");
        refused("accreditation_level", "6");
        refused("accreditation_level", "0");
        // 1=D … 8=A++
        accepted("perf_assessment_grade", "8");
        refused("perf_assessment_grade", "9");
    }

    @Test
    void serviceAndManagementLevelsRunToFive() {
        accepted("smart_service_level", "5");
        refused("smart_service_level", "6");
        accepted("smart_management_level", "5");
        refused("smart_management_level", "6");
        refused("smart_management_level", "2.5");
    }

    @Test
    void moneyMessagesSayWhetherTheElementTakesYuanOrTenThousandYuan() {
        assertThat(refused("energy_expenditure", "-1").message()).contains("单位为元（不是万元）");
        assertThat(refused("medical_revenue", "-1").message()).contains("单位为万元（不是元）");
        assertThat(refused("discharges", "-1").message()).doesNotContain("万元");
    }
}
