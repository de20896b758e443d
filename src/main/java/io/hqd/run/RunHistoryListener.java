package io.hqd.run;

import static io.hqd.warehouse.schema.ops.Tables.RUN;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Records every job run in the warehouse's ops.run table: the history statisticians see with {@code hqd runs}. */
@Component
public class RunHistoryListener implements JobExecutionListener {
    private final DSLContext dsl;

    public RunHistoryListener(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void beforeJob(JobExecution e) {
        var p = e.getJobParameters();
        dsl.insertInto(RUN)
                .set(RUN.EXECUTION_ID, e.getId())
                .set(RUN.RUN_NAME, RunContext.runName(e))
                .set(RUN.JOB, e.getJobInstance().getJobName())
                .set(RUN.PERIOD_CODE, p.getString("period"))
                .set(RUN.SCOPE, p.getString("scope"))
                .set(RUN.STARTED_AT, LocalDateTime.now())
                .set(RUN.STATUS, "运行中")
                .onConflict(RUN.EXECUTION_ID).doUpdate()
                .set(RUN.STATUS, "运行中").set(RUN.STARTED_AT, LocalDateTime.now())
                .execute();
    }

    @Override
    public void afterJob(JobExecution e) {
        String summary = e.getStepExecutions().stream()
                .map(s -> s.getStepName() + ":" + s.getStatus() + "(读" + s.getReadCount() + "/写" + s.getWriteCount() + seconds(s) + ")")
                .reduce((a, b) -> a + " " + b).orElse("");
        if (!e.getAllFailureExceptions().isEmpty()) {
            summary += " 失败原因:" + e.getAllFailureExceptions().get(0).getMessage();
        }
        dsl.update(RUN)
                .set(RUN.FINISHED_AT, e.getEndTime() == null ? LocalDateTime.now() : e.getEndTime())
                .set(RUN.STATUS, e.getStatus().name())
                .set(RUN.SUMMARY, summary)
                .where(RUN.EXECUTION_ID.eq(e.getId()))
                .execute();
    }


    /** How long a step took, for the run history: admins compare nights by it. */
    private static String seconds(org.springframework.batch.core.step.StepExecution s) {
        if (s.getStartTime() == null || s.getEndTime() == null) {
            return "";
        }
        return String.format("/%.1f秒", java.time.Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
    }
}
