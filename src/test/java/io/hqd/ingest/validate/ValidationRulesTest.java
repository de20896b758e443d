package io.hqd.ingest.validate;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;

/** Each rule on its own, with the real catalog. */
class ValidationRulesTest {
    static final String H = Fixtures.HOSPITAL;

    static ValidationContext ctx(Map<String, List<BigDecimal>> history, Set<ValidationContext.AcceptedKey> accepted) {
        return new ValidationContext(Fixtures.CATALOG, Set.of(H), Set.of("510402"),
                Map.of("2026Q3", new ValidationContext.PeriodState("2026Q3", LocalDate.of(2026, 10, 15), null),
                        "2026Q2", new ValidationContext.PeriodState("2026Q2", LocalDate.of(2026, 7, 15), LocalDateTime.of(2026, 8, 1, 0, 0))),
                (reporter, element, before) -> history.getOrDefault(element, List.of()), accepted);
    }

    static ValidationContext ctx() {
        return ctx(Map.of(), Set.of());
    }

    static Submission hospital(String period, Object... kv) {
        List<ReadCell> cells = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            cells.add(new ReadCell((String) kv[i], new CellRef("填报表", "E" + (6 + i / 2)), String.valueOf(v),
                    v instanceof Number n ? new BigDecimal(n.toString()) : null, null));
        }
        return new Submission(ReporterType.HOSPITAL, H, period, cells, null);
    }

    static Submission core(Object... overrides) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(Fixtures.core());
        for (int i = 0; i < overrides.length; i += 2) {
            m.put((String) overrides[i], overrides[i + 1]);
        }
        List<Object> kv = new ArrayList<>();
        m.forEach((k, v) -> { kv.add(k); kv.add(v); });
        return hospital("2026Q3", kv.toArray());
    }

    static List<Finding> run(ValidationRule rule, Submission s, ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        rule.check(s, ctx, out);
        out.forEach(f -> assertTrue(f.message().matches(".*[\\u4e00-\\u9fa5].*"), f.message()));
        return out;
    }

    @Test
    void rangeRejectsNegativesBadFlagsAndLevels() {
        List<Finding> f = run(new RangeRule(), hospital("2026Q3", "discharges", -1, "internet_hospital", 2, "emr_level", 9,
                "smart_service_level", 3.5, "surgery_ops", 0, "timeslot_appointment", 1), ctx());
        assertEquals(List.of("discharges", "internet_hospital", "emr_level", "smart_service_level"), f.stream().map(Finding::element).toList());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR && x.cell() != null));
    }

    @Test
    void requiredCoreElementsMustBeThere() {
        assertEquals(List.of(), run(new RequiredRule(), core(), ctx()));
        Submission s = core();
        List<ReadCell> cells = new ArrayList<>(s.cells());
        cells.removeIf(c -> c.element().equals("discharges"));
        cells.replaceAll(c -> c.element().equals("drg_cases") ? new ReadCell("drg_cases", c.where(), "—", null, null) : c);
        List<Finding> f = run(new RequiredRule(), new Submission(ReporterType.HOSPITAL, H, "2026Q3", cells, null), ctx());
        assertEquals(Set.of("discharges", "drg_cases"), Set.copyOf(f.stream().map(Finding::element).toList()));
        assertEquals(0, run(new RequiredRule(), new Submission(ReporterType.REGION, "510402", "2026Q3", List.of(), null), ctx()).size());
    }

    @Test
    void partCannotExceedWhole() {
        assertEquals(List.of(), run(new IdentityRule(), core(), ctx()));
        List<Finding> f = run(new IdentityRule(), core("surgery_grade4_ops", 4001, "daysurgery_ops", 2600, "cp_discharges", 10001), ctx());
        assertEquals(List.of("surgery_grade4_ops", "daysurgery_ops", "cp_discharges"), f.stream().map(Finding::element).sorted(
                java.util.Comparator.comparing(List.of("surgery_grade4_ops", "daysurgery_ops", "cp_discharges")::indexOf)).toList());
        assertTrue(f.get(0).message().contains("不能超过 100%"));
    }

    @Test
    void reporterMustBeKnownAndMatchItsFolder() {
        assertEquals(List.of(), run(new ReporterRule(), core(), ctx()));
        Submission unknown = new Submission(ReporterType.HOSPITAL, "H99999999", "2026Q3", List.of(), null);
        assertTrue(run(new ReporterRule(), unknown, ctx()).get(0).blocksFile());
        Submission wrongFolder = new Submission(ReporterType.HOSPITAL, H, "2026Q3", List.of(), "H51040002");
        assertEquals("reporter_folder", run(new ReporterRule(), wrongFolder, ctx()).get(0).rule());
        assertTrue(run(new ReporterRule(), new Submission(ReporterType.HOSPITAL, null, "2026Q3", List.of(), null), ctx()).get(0).blocksFile());
    }

    @Test
    void periodMustBeOpenLockedOnesAreLabelled() {
        assertEquals(List.of(), run(new PeriodRule(), core(), ctx()));
        assertTrue(run(new PeriodRule(), hospital("2030Q1"), ctx()).get(0).blocksFile());
        assertTrue(run(new PeriodRule(), hospital(null), ctx()).get(0).blocksFile());
        Finding locked = run(new PeriodRule(), hospital("2026Q2"), ctx()).get(0);
        assertEquals(PeriodRule.LOCKED, locked.rule());
        assertEquals(Severity.WARNING, locked.severity());
    }

    @Test
    void jumpIsRobustAndAcceptedWarningsStayQuiet() {
        List<BigDecimal> hist = List.of(10000, 10200, 9900, 30000, 10100).stream().map(BigDecimal::valueOf).toList();
        ValidationContext c = ctx(Map.of("discharges", hist), Set.of());
        assertEquals(List.of(), run(new JumpRule(), core("discharges", 10500), c), "one odd quarter in history does not widen the band");
        List<Finding> f = run(new JumpRule(), core("discharges", 25000), c);
        assertEquals("discharges", f.get(0).element());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(List.of(), run(new JumpRule(), core("discharges", 25000), ctx(Map.of("discharges", hist.subList(0, 3)), Set.of())),
                "too little history: no judgement");
        ValidationContext accepted = ctx(Map.of("discharges", hist), Set.of(new ValidationContext.AcceptedKey(H, "2026Q3", "discharges", "jump")));
        assertTrue(Validator.validate(core("discharges", 25000), accepted).stream().noneMatch(x -> x.rule().equals("jump")));
        assertTrue(Validator.validate(core("discharges", 25000), c).stream().anyMatch(x -> x.rule().equals("jump")));
    }
}
