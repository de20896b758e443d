package io.hqd.demo;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.home.HqdHome;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;

/** Two demo runs (one regenerating the same home) leave the same submissions, values and evaluations. */
class DemoDeterminismTest {

    @TempDir Path dir;

    record Content(List<String> submissions, List<String> values, List<String> evaluations) {
    }

    @Test
    void twoRunsGiveTheSameWarehouseContent() throws Exception {
        DemoScope scope = new DemoScope(List.of("511800"), new Periods(2026, 3), new Periods(2026, 3), DemoScope.DEFAULT_SEED);
        HqdHome home = new HqdHome(dir.resolve("demo"));
        DemoRunner.run(home, scope);
        Content first = content(home);
        DemoRunner.run(home, scope); // wipes and regenerates the same home
        Content second = content(home);
        assertFalse(first.values().isEmpty());
        assertFalse(first.evaluations().isEmpty());
        assertEquals(first.submissions(), second.submissions());
        assertEquals(first.values(), second.values());
        assertEquals(first.evaluations(), second.evaluations());
    }

    private static Content content(HqdHome home) {
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            var dsl = w.dsl();
            List<String> submissions = dsl.select(SUBMISSION.REPORTER_CODE, SUBMISSION.PERIOD_CODE, SUBMISSION.ORIGINAL_NAME,
                            SUBMISSION.STATUS, SUBMISSION.LATE).from(SUBMISSION)
                    .orderBy(SUBMISSION.REPORTER_CODE, SUBMISSION.PERIOD_CODE, SUBMISSION.ORIGINAL_NAME)
                    .fetch(r -> r.formatCSV(false));
            List<String> values = dsl.select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.ELEMENT_CODE,
                            CURRENT_VALUE.VALUE).from(CURRENT_VALUE)
                    .orderBy(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.ELEMENT_CODE)
                    .fetch(r -> r.formatCSV(false));
            List<String> evaluations = dsl.select(EVALUATION.PERIOD_CODE, EVALUATION.TARGET_CODE, EVALUATION.ENTITY_TYPE,
                            EVALUATION.ENTITY_CODE, EVALUATION.VALUE, EVALUATION.STATUS, EVALUATION.EVIDENCE).from(EVALUATION)
                    .orderBy(EVALUATION.PERIOD_CODE, EVALUATION.TARGET_CODE, EVALUATION.ENTITY_TYPE, EVALUATION.ENTITY_CODE)
                    .fetch(r -> r.formatCSV(false));
            return new Content(submissions, values, evaluations);
        }
    }
}
