package io.hqd.demo;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import io.hqd.evaluate.Status;
import io.hqd.home.HqdHome;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;
import io.hqd.warehouse.schema.staged.tables.records.SubmissionRecord;

/**
 * {@code hqd demo} on a slice (雅安 and 宜宾, two quarters): the warehouse must hold what the demo
 * put in the inbox — clean files accepted on time, every injected defect caught the way the manifest
 * says — and evaluations of the 雅安 and 宜宾 targets; a second run gives the same warehouse content.
 */
class DemoEndToEndTest {

    static final Periods PERIOD = new Periods(2026, 3);
    @TempDir static Path dir;
    static DemoRunner.Result result;
    static Warehouse warehouse;
    static DSLContext dsl;

    record Content(List<String> submissions, List<String> values, List<String> evaluations) {
    }

    static Content first;
    static Content second;

    @BeforeAll
    static void runDemo() throws Exception {
        // the two cities' own hospitals and bureaus plus one county each, two quarters: every defect kind once
        DemoScope scope = new DemoScope(List.of("511800", "511500"), PERIOD.previous(), PERIOD, DemoScope.DEFAULT_SEED)
                .withCountiesPerCity(1);
        HqdHome home = new HqdHome(dir.resolve("demo"));
        result = DemoRunner.run(home, scope);
        System.out.printf("demo slice: %d files, generated in %.1f s, nightly job %.1f s %s%n", result.generation().files().size(),
                result.generation().planSeconds() + result.generation().writeSeconds(), result.jobSeconds(), result.stageSeconds());
        first = content(home);
        // the demo again, elsewhere (reports are not part of the comparison)
        HqdHome again = new HqdHome(dir.resolve("again"));
        DemoRunner.run(again, scope, false);
        second = content(again);
        warehouse = Warehouse.open(home.warehouseFile());
        dsl = warehouse.dsl();
    }

    static Content content(HqdHome home) {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            var db = w.dsl();
            List<String> submissions = db.select(SUBMISSION.REPORTER_CODE, SUBMISSION.PERIOD_CODE, SUBMISSION.ORIGINAL_NAME,
                            SUBMISSION.STATUS, SUBMISSION.LATE).from(SUBMISSION)
                    .orderBy(SUBMISSION.REPORTER_CODE, SUBMISSION.PERIOD_CODE, SUBMISSION.ORIGINAL_NAME)
                    .fetch(r -> r.formatCSV(false));
            List<String> values = db.select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.ELEMENT_CODE,
                            CURRENT_VALUE.VALUE).from(CURRENT_VALUE)
                    .orderBy(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.ELEMENT_CODE)
                    .fetch(r -> r.formatCSV(false));
            List<String> evaluations = db.select(EVALUATION.PERIOD_CODE, EVALUATION.TARGET_CODE, EVALUATION.ENTITY_TYPE,
                            EVALUATION.ENTITY_CODE, EVALUATION.VALUE, EVALUATION.STATUS).from(EVALUATION)
                    .orderBy(EVALUATION.PERIOD_CODE, EVALUATION.TARGET_CODE, EVALUATION.ENTITY_TYPE, EVALUATION.ENTITY_CODE)
                    .fetch(r -> r.formatCSV(false));
            return new Content(submissions, values, evaluations);
        }
    }

    @Test
    void twoRunsGiveTheSameWarehouseContent() {
        assertFalse(first.values().isEmpty());
        assertFalse(first.evaluations().isEmpty());
        assertEquals(first.submissions(), second.submissions());
        assertEquals(first.values(), second.values());
        assertEquals(first.evaluations(), second.evaluations());
    }

    @AfterAll
    static void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    static String name(PlannedFile f) {
        return f.path().substring(f.path().lastIndexOf('/') + 1);
    }

    /** Same file name (the warehouse may keep the folder too). */
    static boolean sameName(String originalName, PlannedFile f) {
        return originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1).equals(name(f));
    }

    static List<SubmissionRecord> submissions(PlannedFile f) {
        return dsl.selectFrom(SUBMISSION).fetch().stream().filter(s -> sameName(s.getOriginalName(), f)).toList();
    }

    static boolean hasError(PlannedFile f) {
        return dsl.selectFrom(FINDING).where(FINDING.SEVERITY.eq("error")).fetch().stream()
                .anyMatch(r -> sameName(r.getOriginalName(), f));
    }

    @Test
    void runCompletes() {
        assertEquals(BatchStatus.COMPLETED, result.status());
        assertTrue(result.accepted() > 15, "accepted " + result.accepted());
        assertTrue(result.rejected() > 0, "rejected " + result.rejected());
    }

    @Test
    void cleanFilesAreAcceptedOnTime() {
        for (PlannedFile f : result.generation().files()) {
            if (f.defect() == null) {
                List<SubmissionRecord> s = submissions(f);
                assertEquals(1, s.size(), f.path());
                assertEquals("accepted", s.get(0).getStatus(), f.path());
                assertFalse(s.get(0).getLate(), f.path());
                assertEquals(f.reporterCode(), s.get(0).getReporterCode());
                assertEquals(f.period().code(), s.get(0).getPeriodCode());
            }
        }
    }

    @Test
    void valuesInForceAreThePlannedOnes() {
        PlannedFile f = result.generation().files().stream()
                .filter(p -> p.defect() == null && p.hospital() && p.period().equals(PERIOD)).findFirst().orElseThrow();
        Map<String, Double> inForce = dsl.select(CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.VALUE).from(CURRENT_VALUE)
                .where(CURRENT_VALUE.REPORTER_CODE.eq(f.reporterCode()), CURRENT_VALUE.PERIOD_CODE.eq(PERIOD.code()))
                .fetchMap(CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.VALUE);
        assertEquals(f.values().size(), inForce.size());
        f.values().forEach((k, v) -> assertEquals(((Number) v).doubleValue(), inForce.get(k), 1e-9, k));
    }

    @Test
    void everyDefectIsCaughtAsTheManifestSays() {
        Set<DefectKind> seen = new java.util.HashSet<>();
        for (PlannedFile f : result.generation().files()) {
            if (f.defect() == null) {
                continue;
            }
            seen.add(f.defect());
            List<SubmissionRecord> s = submissions(f);
            switch (f.defect()) {
                case NOT_A_WORKBOOK, WRONG_CODE, LATEST_QUARTER_UNREADABLE -> assertTrue(s.stream().noneMatch(r -> r.getStatus().equals("accepted")), f.path());
                case TEXT_IN_NUMBER, NUMERATOR_EXCEEDS_DENOMINATOR, MISSING_REQUIRED ->
                        assertTrue(hasError(f) || s.stream().noneMatch(r -> r.getStatus().equals("accepted")), f.path());
                case LATE -> {
                    assertEquals(1, s.size(), f.path());
                    assertTrue(s.get(0).getLate(), f.path());
                }
                case DUPLICATE -> {
                    if ("副本".equals(f.role())) {
                        // whichever of the pair is read first loads; the other is recorded as a duplicate arrival
                        PlannedFile original = result.generation().files().stream()
                                .filter(o -> o.path().equals(f.copyOf())).findFirst().orElseThrow();
                        assertEquals(1, s.size() + submissions(original).size(), "one submission for two identical files: " + f.path());
                        long duplicates = dsl.selectFrom(FILE_ARRIVAL).fetch().stream()
                                .filter(a -> sameName(a.getOriginalName(), f) || sameName(a.getOriginalName(), original))
                                .filter(a -> a.get(FILE_ARRIVAL.DUPLICATE)).count();
                        assertEquals(1, duplicates, f.path());
                    }
                }
                case PARTLY_ACCEPTED_CORRECTION -> {
                    if ("更正".equals(f.role())) {
                        // the correction is in force; its rejected cell keeps the original's value, marked as carried
                        assertEquals("partial", s.get(0).getStatus(), f.path());
                        assertNull(s.get(0).getSupersededBy());
                        var carried = dsl.selectFrom(CURRENT_VALUE).where(CURRENT_VALUE.REPORTER_CODE.eq(f.reporterCode()),
                                CURRENT_VALUE.PERIOD_CODE.eq(f.period().code()), CURRENT_VALUE.ELEMENT_CODE.eq("discharges")).fetchOne();
                        PlannedFile original = result.generation().files().stream().filter(o -> o.defect() == f.defect()
                                && "原文件".equals(o.role()) && o.reporterCode().equals(f.reporterCode())
                                && o.period().equals(f.period())).findFirst().orElseThrow();
                        assertTrue(carried.getCarried(), f.path());
                        assertEquals(((Number) original.values().get("discharges")).doubleValue(), carried.getValue(), 1e-9);
                        assertEquals(submissions(original).get(0).getSubmissionId(), carried.getSubmissionId());
                    }
                }
                case CORRECTED_RESUBMISSION -> {
                    if ("更正".equals(f.role())) {
                        assertEquals("accepted", s.get(0).getStatus(), f.path());
                        assertNull(s.get(0).getSupersededBy());
                    } else {
                        assertTrue(hasError(f), f.path());
                        assertTrue(s.stream().allMatch(r -> r.getStatus().equals("rejected") || r.getSupersededBy() != null), f.path());
                    }
                }
            }
        }
        assertEquals(Set.of(DefectKind.values()), seen);
    }

    @Test
    void targetsOfYaanAndYibinAreEvaluated() {
        var rows = dsl.selectFrom(EVALUATION).where(EVALUATION.PERIOD_CODE.eq(PERIOD.code())).fetch();
        Set<String> targets = rows.stream().map(r -> r.getTargetCode()).collect(Collectors.toSet());
        assertTrue(targets.containsAll(Set.of("YA2022-01", "YA2022-03", "YA2022-08", "YB-P3-01", "YB-P3-02", "YB-P3-03")), targets.toString());
        Set<Status> statuses = rows.stream().filter(r -> r.getEntityType().isHospital())
                .map(r -> r.getStatus()).collect(Collectors.toSet());
        assertTrue(statuses.size() >= 2, "hospital statuses: " + statuses);
        // the demo's data make some hospitals meet a target and others miss it
        assertTrue(rows.stream().anyMatch(r -> r.getStatus() == Status.met), "no target met");
        assertTrue(rows.stream().anyMatch(r -> r.getStatus() == Status.not_met || r.getStatus() == Status.behind), "every target met");
    }
}
