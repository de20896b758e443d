package io.hqd.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.NamedHospital;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/** The demo's registry, values and defect plan, without writing any file. */
class DemoModelTest {

    static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    static Catalog catalog;
    static DemoScope scope;
    static List<HospitalVersion> registry;
    static List<PlannedFile> plan;

    @BeforeAll
    static void planOnce() {
        catalog = CatalogLoader.load(null);
        DemoScope defaults = DemoScope.defaults(LocalDate.of(2026, 11, 23));
        assertEquals(new Periods(2025, 3), defaults.from());
        assertEquals(new Periods(2026, 3), defaults.to());
        scope = defaults.withPeriods(DemoScope.FULL_HISTORY_FROM, defaults.to());
        registry = DemoRegistry.build(catalog, scope);
        plan = planner().plan();
    }

    static DemoPlanner planner() {
        return new DemoPlanner(catalog, scope, registry, (h, y) -> SubmissionTemplate.elementsFor(catalog,
                h ? ReporterType.HOSPITAL : ReporterType.REGION, y), NOW);
    }

    @Test
    void registryHoldsNamedHospitalsAndRealCountyHospitals() {
        Set<String> codes = registry.stream().map(HospitalVersion::code).collect(Collectors.toSet());
        for (NamedHospital h : catalog.namedHospitals()) {
            assertTrue(codes.contains(h.code()), h.code());
        }
        assertTrue(registry.stream().anyMatch(v -> v.name().equals("荥经县人民医院")));
        assertTrue(registry.stream().anyMatch(v -> v.name().equals("荥经县中医医院") && v.type().equals("中医")));
        assertTrue(registry.stream().anyMatch(v -> v.name().equals("荥经县妇幼保健院") && v.type().equals("妇幼")));
        assertTrue(registry.stream().anyMatch(v -> v.name().equals("上海市黄浦区中心医院")));
        // (code, valid_from) is the key; generated codes never reuse a named hospital's code
        assertEquals(registry.size(), registry.stream().map(v -> v.code() + v.validFrom()).distinct().count());
        Set<String> named = catalog.namedHospitals().stream().map(NamedHospital::code).collect(Collectors.toSet());
        long generatedOverNamed = registry.stream().filter(v -> named.contains(v.code()))
                .filter(v -> catalog.namedHospitals().stream().noneMatch(n -> n.code().equals(v.code()) && n.name().equals(v.name())))
                .count();
        assertEquals(0, generatedOverNamed);
        assertTrue(registry.stream().map(HospitalVersion::tier).distinct().count() >= 2);
        assertTrue(registry.stream().map(HospitalVersion::type).collect(Collectors.toSet()).containsAll(Set.of("综合", "中医", "妇幼", "专科")));
    }

    @Test
    void everyHospitalATargetNamesReportsInTheDemo() {
        Map<String, List<HospitalVersion>> reporters = DemoRegistry.reporters(catalog, scope, registry);
        Set<String> submitting = plan.stream().map(PlannedFile::reporterCode).collect(Collectors.toSet());
        Set<String> named = catalog.targets().stream().flatMap(t -> t.scope().hospitals().stream()).collect(Collectors.toSet());
        assertTrue(named.size() > 20);
        for (String code : named) {
            assertTrue(reporters.containsKey(code), code);
            assertTrue(submitting.contains(code), code);
        }
    }

    @Test
    void oneHospitalIsUpgradedWithTwoRegistryRows() {
        Map<String, List<HospitalVersion>> byCode = registry.stream().collect(Collectors.groupingBy(HospitalVersion::code));
        List<HospitalVersion> upgraded = byCode.values().stream().filter(l -> l.size() == 2).findFirst().orElseThrow();
        HospitalVersion before = upgraded.get(0);
        HospitalVersion after = upgraded.get(1);
        assertEquals("二级", before.tier());
        assertEquals("三级", after.tier());
        assertEquals(DemoRegistry.UPGRADE_DATE, before.validTo());
        assertEquals(DemoRegistry.UPGRADE_DATE, after.validFrom());
        assertNull(after.validTo());
        assertEquals("二级", DemoRegistry.on(upgraded, LocalDate.of(2024, 12, 31)).tier());
        assertEquals("三级", DemoRegistry.on(upgraded, LocalDate.of(2025, 3, 31)).tier());
    }

    @Test
    void samePlanTwice() {
        List<PlannedFile> again = planner().plan();
        assertEquals(plan.size(), again.size());
        for (int i = 0; i < plan.size(); i++) {
            PlannedFile a = plan.get(i);
            PlannedFile b = again.get(i);
            assertEquals(a.path(), b.path());
            assertEquals(a.arrival(), b.arrival());
            assertEquals(a.defect(), b.defect());
            assertEquals(a.values(), b.values(), a.path());
        }
        assertEquals(registry, DemoRegistry.build(catalog, scope));
    }

    @Test
    void fileCountStaysManageable() {
        assertTrue(plan.size() > 1500 && plan.size() <= 2600, "files: " + plan.size());
    }

    @Test
    void everyTemplateElementIsFilledWithANumber() {
        for (PlannedFile f : clean()) {
            for (Indicator e : f.elements()) {
                Object v = f.values().get(e.code());
                assertInstanceOf(Number.class, v, f.path() + " " + e.code());
                double d = ((Number) v).doubleValue();
                assertTrue(d >= 0 && Double.isFinite(d), f.path() + " " + e.code() + "=" + d);
                if (e.aggregation() == Indicator.Aggregation.flag) {
                    assertTrue(d == 0 || d == 1, e.code());
                }
                if (e.aggregation() == Indicator.Aggregation.level) {
                    assertTrue(d == Math.rint(d) && d <= 8, e.code() + "=" + d);
                }
                if ("%".equals(e.unit())) {
                    assertTrue(d <= 100, e.code() + "=" + d);
                }
            }
        }
    }

    @Test
    void percentNumeratorsNeverExceedDenominators() {
        for (PlannedFile f : clean()) {
            for (Indicator i : catalog.indicators()) {
                if (!i.isElement() && i.denominator() != null && i.scale() == 100 && i.validIn(f.period().year())
                        && f.values().get(i.numerator()) instanceof Number n && f.values().get(i.denominator()) instanceof Number d) {
                    assertTrue(n.doubleValue() <= d.doubleValue(),
                            f.path() + " " + i.code() + ": " + n + " > " + d);
                }
            }
        }
    }

    @Test
    void coreIndicatorsAreRealisticByTier() {
        for (PlannedFile f : clean()) {
            if (!f.hospital()) {
                continue;
            }
            HospitalVersion h = DemoRegistry.on(registry.stream().filter(v -> v.code().equals(f.reporterCode())).toList(), f.period().end());
            boolean tier3 = h.tier().equals("三级");
            double cmi = num(f, "drg_weight_total") / num(f, "drg_cases");
            double alos = num(f, "bed_days_discharged") / num(f, "discharges");
            double mis = 100 * num(f, "surgery_mis_ops") / num(f, "surgery_ops");
            double g4 = 100 * num(f, "surgery_grade4_ops") / num(f, "surgery_ops");
            if (tier3) {
                assertBetween(cmi, 0.9, 1.4, f);
                assertBetween(alos, 7, 10.5, f);
                assertBetween(g4, 12, 50, f);
            } else {
                assertBetween(cmi, 0.65, 1.05, f);
                assertBetween(alos, 6, 9.5, f);
                assertBetween(g4, 1, 25, f);
            }
            assertBetween(mis, 5, 40, f);
            if (h.type().equals("妇幼")) {
                assertBetween(100 * num(f, "surgery_ops") / num(f, "discharges"), 3, 20, f);
            }
        }
    }

    @Test
    void trendsRiseOverTheYears() {
        double early = meanCmi(new Periods(2024, 2));
        double late = meanCmi(new Periods(2026, 2));
        assertTrue(late > early, early + " -> " + late);
    }

    @Test
    void regionFiguresAreRealistic() {
        for (PlannedFile f : clean()) {
            if (f.hospital()) {
                continue;
            }
            assertBetween(num(f, "resident_population"), 30_000, 30_000_000, f);
            assertBetween(num(f, "life_expectancy"), 75, 86, f);
            double physiciansPer1000 = 1000 * num(f, "region_physicians") / num(f, "resident_population");
            assertBetween(physiciansPer1000, 1.5, 5.5, f);
        }
        // a city bureau's population is the sum of its districts'
        Periods p = new Periods(2026, 3);
        List<Indicator> elements = SubmissionTemplate.elementsFor(catalog, ReporterType.REGION, 2026);
        var regions = catalog.regionsByCode();
        var counties = catalog.regions().stream().filter(r -> "511800".equals(r.parentCode())).toList();
        ValueModel model = planner().model();
        double sum = counties.stream().mapToDouble(c -> model.region(c, List.of(), p, elements)
                .get("resident_population").doubleValue()).sum();
        assertEquals(8, counties.size());
        assertEquals(sum, model.region(regions.get("511800"), counties, p, elements).get("resident_population").doubleValue(), 0.5);
    }

    @Test
    void aboutOneFileInTwentyIsDefectiveAndEveryKindOccurs() {
        long slots = plan.stream().filter(f -> !"副本".equals(f.role()) && !"更正".equals(f.role())).count();
        long defective = plan.stream().filter(f -> f.defect() != null && !"副本".equals(f.role()) && !"更正".equals(f.role())).count();
        double rate = (double) defective / slots;
        assertTrue(rate > 0.04 && rate < 0.06, "rate " + rate);
        Set<DefectKind> kinds = EnumSet.noneOf(DefectKind.class);
        plan.stream().filter(f -> f.defect() != null).forEach(f -> kinds.add(f.defect()));
        assertEquals(EnumSet.allOf(DefectKind.class), kinds);
        // on-time files arrive before the due date, late ones after it
        for (PlannedFile f : plan) {
            var due = f.period().end().plusDays(DemoPlanner.DUE_DAYS + 1).atStartOfDay(DemoPlanner.ZONE).toInstant();
            if (f.defect() == DefectKind.LATE) {
                assertTrue(f.arrival().isAfter(due), f.path());
            } else {
                assertTrue(f.arrival().isBefore(due), f.path());
            }
        }
    }

    @Test
    void defectsAreWhatTheManifestSays() {
        for (PlannedFile f : plan) {
            if (f.defect() == DefectKind.TEXT_IN_NUMBER) {
                assertTrue(f.values().values().stream().anyMatch(v -> v instanceof String s && s.startsWith("约")));
            }
            if (f.defect() == DefectKind.WRONG_CODE) {
                assertNotEquals(f.trueReporterCode(), f.reporterCode());
                assertTrue(registry.stream().noneMatch(v -> v.code().equals(f.reporterCode())));
            }
            if (f.defect() == DefectKind.MISSING_REQUIRED) {
                assertTrue(f.values().size() < f.elements().size());
            }
        }
    }

    private static double meanCmi(Periods p) {
        return clean().stream().filter(f -> f.hospital() && f.period().equals(p))
                .mapToDouble(f -> num(f, "drg_weight_total") / num(f, "drg_cases")).average().orElseThrow();
    }

    private static List<PlannedFile> clean() {
        return plan.stream().filter(f -> f.defect() == null).toList();
    }

    private static double num(PlannedFile f, String code) {
        return ((Number) f.values().get(code)).doubleValue();
    }

    private static void assertBetween(double v, double lo, double hi, PlannedFile f) {
        assertTrue(v >= lo && v <= hi, f.path() + ": " + v + " not in [" + lo + ", " + hi + "]");
    }
}
