package io.hqd.run;

import static io.hqd.warehouse.schema.ops.Tables.RUN;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records every job run in the warehouse's ops.run table: the history statisticians see with
 * {@code hqd runs}. The status column holds Spring Batch's status name; people see it in words
 * ({@link RunLabels}).
 */
@Component
public class RunHistoryListener implements JobExecutionListener {
    /** Where a failed run's summary gives the reason: the history keeps it, Batch's repository keeps no exceptions. */
    public static final String FAILURE = "；失败原因：";
    private final DSLContext dsl;
    private final ObjectProvider<JobRepository> repository;
    private final io.hqd.home.HqdHome home;

    public RunHistoryListener(DSLContext dsl, ObjectProvider<JobRepository> repository, io.hqd.home.HqdHome home) {
        this.dsl = dsl;
        this.repository = repository;
        this.home = home;
    }

    @Override
    public void beforeJob(JobExecution e) {
        RunParameters p = RunParameters.of(e);
        String period = e.getJobParameters().getString(RunParameters.PERIOD);
        RunName.of(dsl, p.run(), period);
        dsl.insertInto(RUN)
                .set(RUN.EXECUTION_ID, e.getId())
                .set(RUN.RUN_NAME, p.run())
                .set(RUN.JOB, e.getJobInstance().getJobName())
                .set(RUN.PERIOD_CODE, period)
                .set(RUN.SCOPE, e.getJobParameters().getString(RunParameters.SCOPE))
                .set(RUN.STARTED_AT, LocalDateTime.now())
                .set(RUN.STATUS, BatchStatus.STARTED.name())
                .onConflict(RUN.EXECUTION_ID).doUpdate()
                .set(RUN.STATUS, BatchStatus.STARTED.name()).set(RUN.STARTED_AT, LocalDateTime.now())
                .execute();
    }

    @Override
    public void afterJob(JobExecution e) {
        String summary = RunOutcome.of(e, repository.getObject()).summary();
        if (!e.getAllFailureExceptions().isEmpty()) {
            summary += FAILURE + Failures.message(e.getAllFailureExceptions().get(0));
        }
        dsl.update(RUN)
                .set(RUN.FINISHED_AT, e.getEndTime() == null ? LocalDateTime.now() : e.getEndTime())
                .set(RUN.STATUS, e.getStatus().name())
                .set(RUN.SUMMARY, summary)
                .where(RUN.EXECUTION_ID.eq(e.getId()))
                .execute();
    }

    /** A run a crash left "running": it failed, and the history says so. */
    public void interrupted(JobExecution e) {
        dsl.update(RUN)
                .set(RUN.FINISHED_AT, e.getEndTime() == null ? LocalDateTime.now() : e.getEndTime())
                .set(RUN.STATUS, BatchStatus.FAILED.name())
                .set(RUN.SUMMARY, "进程意外中断（例如断电或被强制结束），已标记为失败；可用 "
                        + RunLabels.restartCommand(e.getJobInstance().getJobName(), home.root()) + " 从中断的步骤继续")
                .where(RUN.EXECUTION_ID.eq(e.getId()))
                .execute();
    }
}
