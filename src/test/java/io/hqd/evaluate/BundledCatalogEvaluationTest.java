package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.NamedHospital;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every target of the shipped catalog gets a status, with and without data, and never throws. */
class BundledCatalogEvaluationTest {
    private static final Catalog CATALOG = CatalogLoader.loadBundled();

    private static OrgUnits org() {
        List<HospitalVersion> hospitals = CATALOG.namedHospitals().stream().map(BundledCatalogEvaluationTest::version).toList();
        return new OrgUnits(CATALOG.regions().stream().collect(Collectors.toMap(r -> r.code(), Function.identity())), hospitals);
    }

    private static HospitalVersion version(NamedHospital n) {
        return new HospitalVersion(n.code(), n.name(), n.regionCode(), LocalDate.of(2018, 1, 1), null, n.tier(), n.grade(),
                n.type(), n.ownership(), n.adminLevel());
    }

    @Test
    void everyTargetGetsAStatusEvenWithoutAnyData() {
        List<EvaluationRow> rows = new Evaluator(CATALOG, org(), new ValueCube()).evaluate(Periods.parse("2025Q4"));
        Set<String> evaluated = rows.stream().map(EvaluationRow::targetCode).collect(Collectors.toSet());
        assertThat(evaluated).containsAll(CATALOG.targets().stream().filter(t -> !t.isMilestone()).map(Target::targetCode).toList());
        assertThat(rows).allMatch(r -> r.status() == Status.no_data || r.status() == Status.not_applicable);
    }

    @Test
    void withDataForEveryElementEveryTargetIsJudged() {
        ValueCube cube = new ValueCube();
        OrgUnits org = org();
        for (String p : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4")) {
            for (var e : CATALOG.elements()) {
                List<String> reporters = e.level() == io.hqd.catalog.Indicator.Level.hospital
                        ? org.hospitalsOn(LocalDate.of(2025, 12, 31)).stream().map(HospitalVersion::code).toList()
                        : CATALOG.regions().stream().map(r -> r.code()).toList();
                for (String r : reporters) {
                    double v = 1 + Math.abs((r + e.code() + p).hashCode() % 97);
                    cube.put(r, p, e.code(), new ValueCube.Cell(v, "s", "f.xlsx", "填报表", "E5"));
                }
            }
        }
        List<EvaluationRow> rows = new Evaluator(CATALOG, org, cube).evaluate(Periods.parse("2025Q4"));
        Map<Status, Long> byStatus = rows.stream().collect(Collectors.groupingBy(EvaluationRow::status, Collectors.counting()));
        assertThat(byStatus.keySet()).contains(Status.met, Status.not_met);
        assertThat(rows).filteredOn(r -> r.status() == Status.met).allMatch(r -> r.value() != null);
    }
}
