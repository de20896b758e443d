package io.hqd.jobs;

import io.hqd.home.HqdHome;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static io.hqd.warehouse.schema.ops.Tables.RUN;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

/** A run that fails at a step is restarted with the same parameters, resumes, and both attempts are in the history. */
class RestartIT {
    @TempDir
    Path dir;

    @Test
    void aFailedEvaluateRunRestartsFromTheFailedStep() throws Exception {
        try (Pipeline p = Pipeline.open(new HqdHome(dir))) {
            DSLContext dsl = p.bean(DSLContext.class);
            dsl.insertInto(SUBMISSION)
                    .set(SUBMISSION.SUBMISSION_ID, "bad").set(SUBMISSION.REPORTER_TYPE, "hospital")
                    .set(SUBMISSION.REPORTER_CODE, "H51180001").set(SUBMISSION.PERIOD_CODE, "2025Q3")
                    .set(SUBMISSION.ORIGINAL_NAME, "x.xlsx").set(SUBMISSION.RECEIVED_AT, LocalDateTime.of(2025, 10, 1, 8, 0))
                    .set(SUBMISSION.STATUS, "accepted").set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false)
                    .execute();
            // A value without a cell breaks the lineage data test: the run must stop at warehouseTests.
            dsl.insertInto(SUBMISSION_VALUE, SUBMISSION_VALUE.SUBMISSION_ID, SUBMISSION_VALUE.ELEMENT_CODE,
                    SUBMISSION_VALUE.VALUE, SUBMISSION_VALUE.SHEET, SUBMISSION_VALUE.CELL).values("bad", "discharges", 10.0, "填报表", "").execute();
            JobParameters params = Pipeline.parameters().addString("period", "2025Q3").addString("scope", "all")
                    .addString("run", "N20251001").toJobParameters();

            JobExecution first = p.run("evaluateJob", params);
            assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(first.getAllFailureExceptions().get(0).getMessage()).contains("每个入库数值都能追溯到文件、工作表和单元格");
            assertThat(first.getStepExecutions()).anyMatch(s -> s.getStepName().equals("warehouseTests")
                    && s.getStatus() == BatchStatus.FAILED);

            dsl.update(SUBMISSION_VALUE).set(SUBMISSION_VALUE.CELL, "E5").execute();
            JobExecution second = p.run("evaluateJob", params);
            assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(second.getJobInstanceId()).isEqualTo(first.getJobInstanceId());
            assertThat(dsl.selectFrom(RUN).where(RUN.RUN_NAME.eq("N20251001")).fetch(RUN.STATUS))
                    .containsExactlyInAnyOrder("FAILED", "COMPLETED");
        }
    }
}
