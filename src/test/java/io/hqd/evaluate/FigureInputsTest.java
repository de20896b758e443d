package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * A period's fingerprint follows exactly what its figures read: every value in force of its year to date, the
 * reference data and the build; not a later quarter, not another year.
 */
class FigureInputsTest {
    static final Periods Q1 = Periods.parse("2026Q1");
    static final Periods Q3 = Periods.parse("2026Q3");
    static final Periods LAST_Q4 = Periods.parse("2025Q4");

    @TempDir
    Path dir;
    FigureWarehouse w;

    @BeforeEach
    void setUp() {
        w = new FigureWarehouse(dir).quarters("2025Q1", "2026Q4");
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    Map<Periods, String> fingerprints() {
        FigureInputs inputs = new FigureInputs(w.dsl);
        return Map.of(Q1, inputs.fingerprint(Q1), Q3, inputs.fingerprint(Q3), LAST_Q4, inputs.fingerprint(LAST_Q4));
    }

    @Test
    void nothingChangedSameFingerprintsAndTheyAreTakenByThisBuild() {
        Map<Periods, String> before = fingerprints();
        assertThat(fingerprints()).isEqualTo(before);
        assertThat(before.values()).doesNotHaveDuplicates().allMatch(FigureInputs::sameBuild);
    }

    @Test
    void aValueOfTheYearsFirstQuarterChangesEveryPeriodOfThatYearOnly() {
        Map<Periods, String> before = fingerprints();
        w.change("H2", "2026Q1", 31);
        Map<Periods, String> after = fingerprints();
        assertThat(after.get(Q1)).isNotEqualTo(before.get(Q1));
        assertThat(after.get(Q3)).isNotEqualTo(before.get(Q3));
        assertThat(after.get(LAST_Q4)).isEqualTo(before.get(LAST_Q4));
    }

    @Test
    void aValueOfALaterQuarterOrAnotherYearLeavesThePeriodAlone() {
        Map<Periods, String> before = fingerprints();
        w.change("H1", "2026Q4", 61);   // after 2026Q3 in the same year
        assertThat(fingerprints()).isEqualTo(before);
        w.change("H1", "2025Q4", 61);   // the last quarter of last year: that year's Q4 only
        Map<Periods, String> after = fingerprints();
        assertThat(after.get(LAST_Q4)).isNotEqualTo(before.get(LAST_Q4));
        assertThat(after.get(Q1)).isEqualTo(before.get(Q1));
        assertThat(after.get(Q3)).isEqualTo(before.get(Q3));
    }

    @Test
    void aNewSubmissionInForceOfTheYearToDateChangesThePeriod() {
        String before = new FigureInputs(w.dsl).fingerprint(Q3);
        w.submit("H1", Periods.parse("2026Q2"), 70, 100);   // a second file for the quarter: its values join those in force
        assertThat(new FigureInputs(w.dsl).fingerprint(Q3)).isNotEqualTo(before);
    }

    @Test
    void referenceDataChangesEveryPeriod() {
        Map<Periods, String> before = fingerprints();
        w.reference(List.of(FigureWarehouse.HOSPITALS.get(0), new HospitalVersion("H2", "芦山县中医医院", "511826",
                LocalDate.of(2018, 1, 1), null, "三级", "乙", "中医", "公立", "县")));   // H2 is 三级 now
        Map<Periods, String> after = fingerprints();
        assertThat(after.get(Q1)).isNotEqualTo(before.get(Q1));
        assertThat(after.get(Q3)).isNotEqualTo(before.get(Q3));
        assertThat(after.get(LAST_Q4)).isNotEqualTo(before.get(LAST_Q4));
    }

    @Test
    void aTargetsChangeChangesEveryPeriod() {
        String before = new FigureInputs(w.dsl).fingerprint(Q3);
        Catalog withTarget = new Catalog(FigureWarehouse.REGIONS, List.of(), FigureWarehouse.CATALOG.indicators(),
                FigureWarehouse.CATALOG.plans(), List.of(Targets.target(Target.Kind.each, ">=", 50.0, null, null, null, 2027)));
        w.reference(withTarget, FigureWarehouse.HOSPITALS);
        assertThat(new FigureInputs(w.dsl).fingerprint(Q3)).isNotEqualTo(before);
    }

    @Test
    void anotherBuildsFingerprintIsNotThisBuilds() {
        String now = new FigureInputs(w.dsl).fingerprint(Q3);
        assertThat(FigureInputs.sameBuild(now)).isTrue();
        assertThat(FigureInputs.sameBuild("1@2#" + now.substring(now.indexOf('#') + 1))).isFalse();
        assertThat(FigureInputs.sameBuild(FigureInputs.BUILD + "x#" + now.substring(now.indexOf('#') + 1))).isFalse();
    }

    @Test
    void recordedFingerprintsAreReplacedAndForgotten() {
        FigureInputs inputs = new FigureInputs(w.dsl);
        inputs.record(Q3, "a", "R1");
        inputs.record(Q1, "b", "R1");
        inputs.record(Q3, "c", "R2");
        assertThat(inputs.recorded()).containsExactlyInAnyOrderEntriesOf(Map.of("2026Q3", "c", "2026Q1", "b"));
        inputs.forget(Q3);
        assertThat(inputs.recorded()).containsExactlyInAnyOrderEntriesOf(Map.of("2026Q1", "b"));
    }
}
