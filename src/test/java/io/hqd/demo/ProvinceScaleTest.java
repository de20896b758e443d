package io.hqd.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/** The benchmark's province-sized scope: every catalog county, about the asked number of hospitals, real names. */
class ProvinceScaleTest {
    static final Catalog CATALOG = CatalogLoader.loadBundled();
    static final Periods Q = new Periods(2026, 3);

    @Test
    void reachesTheAskedNumberOfHospitalsWithEveryCountyOfEveryCity() {
        DemoScope scope = DemoScope.province(CATALOG, Q.previous(), Q, 2000);
        List<Region> counties = scope.counties(CATALOG);
        long allCounties = CATALOG.regions().stream().filter(r -> r.level() == Region.Level.county
                && r.parentCode() != null && CATALOG.regionsByCode().get(r.parentCode()).level() == Region.Level.city).count();
        assertThat(counties).hasSize((int) allCounties);
        Map<String, List<HospitalVersion>> reporters = DemoRegistry.reporters(CATALOG, scope, DemoRegistry.build(CATALOG, scope));
        // Rounded up per county: at least the number asked, less than one more hospital per county above it.
        assertThat(reporters.size()).isBetween(2000, 2000 + counties.size() - 1);
        Set<String> metropolisCounties = counties.stream().filter(c -> DemoScope.METROPOLISES.contains(c.parentCode()))
                .map(Region::code).collect(Collectors.toSet());
        assertThat(metropolisCounties.size()).as("metropolis districts are not sampled at province scale")
                .isGreaterThan(2 * DemoScope.METROPOLIS_DISTRICTS);
    }

    @Test
    void extraHospitalsAreNamedAndCodedAfterTheCountysOwnThree() {
        DemoScope scope = new DemoScope(List.of("511800"), Q, Q, DemoScope.DEFAULT_SEED, 1, 12);
        List<HospitalVersion> registry = DemoRegistry.build(CATALOG, scope);
        String county = scope.counties(CATALOG).get(0).code();
        List<String> extra = registry.stream().filter(v -> v.regionCode().equals(county))
                .filter(v -> Integer.parseInt(v.code().substring(7)) >= 14).map(HospitalVersion::name).toList();
        assertThat(extra).hasSize(12);
        assertThat(extra.get(0)).endsWith("第二人民医院");
        assertThat(extra.get(11)).endsWith("第十三人民医院");
        // No code is shared by two hospitals (an upgraded hospital has two versions under one name).
        assertThat(registry.stream().collect(Collectors.groupingBy(HospitalVersion::code,
                Collectors.mapping(HospitalVersion::name, Collectors.toSet()))).values()).allMatch(names -> names.size() == 1);
    }

    @Test
    void theDefaultDemoHasNoExtraHospitals() {
        DemoScope demo = DemoScope.defaults(java.time.LocalDate.of(2026, 11, 23));
        assertThat(demo.extraHospitalsPerCounty()).isZero();
        assertThat(DemoRegistry.build(CATALOG, demo)).noneMatch(v -> v.name().contains("第二人民医院") && v.code().endsWith("14"));
    }

    @Test
    void extraHospitalsAreBoundedByTheCodeSpace() {
        assertThatThrownBy(() -> new DemoScope(List.of("511800"), Q, Q, 1, 0, DemoScope.MAX_EXTRA_PER_COUNTY + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DemoScope(List.of("511800"), Q, Q, 1, 0, DemoScope.MAX_EXTRA_PER_COUNTY).extraHospitalsPerCounty())
                .isEqualTo(86);
    }

    @Test
    void numeralsForHospitalNames() {
        assertThat(DemoRegistry.numeral(2)).isEqualTo("二");
        assertThat(DemoRegistry.numeral(10)).isEqualTo("十");
        assertThat(DemoRegistry.numeral(11)).isEqualTo("十一");
        assertThat(DemoRegistry.numeral(20)).isEqualTo("二十");
        assertThat(DemoRegistry.numeral(21)).isEqualTo("二十一");
        assertThat(DemoRegistry.numeral(87)).isEqualTo("八十七");
    }
}
