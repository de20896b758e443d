package io.hqd.cli;

import static io.hqd.warehouse.schema.raw.Tables.FILE_ARRIVAL;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.io.PrintStream;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;

import io.hqd.run.Failures;
import io.hqd.jobs.Pipeline;
import io.hqd.run.RunLabels;
import io.hqd.run.RunName;
import io.hqd.run.RunOutcome;

/** Prints a job's outcome for a person and turns it into an exit code. */
final class JobCommandSupport {
    private JobCommandSupport() {
    }

    /** Tells the user about runs a crash left "running" that this start marked failed. */
    static void warnInterrupted(Pipeline p, PrintStream out) {
        warnInterrupted(p, out, false);
    }

    /**
     * As {@link #warnInterrupted(Pipeline, PrintStream)}; {@code restarting}: the command is {@code hqd restart},
     * which is about to continue such a run, so the hint to run it is left out.
     */
    static void warnInterrupted(Pipeline p, PrintStream out, boolean restarting) {
        for (var e : p.interrupted()) {
            String job = e.getJobInstance().getJobName();
            out.printf("注意：%s的%s上次因进程意外中断停留在“运行中”，已标记为失败%s%n", name(p, e).label(), RunLabels.job(job),
                    restarting ? "。" : "；可用 " + RunLabels.restartCommand(job, p.home()) + " 从中断的步骤继续。");
        }
    }

    static int report(Pipeline p, RunOutcome outcome, PrintStream out) {
        var execution = outcome.execution();
        out.printf("%s %s：%s%n", name(p, execution).label(), RunLabels.job(execution.getJobInstance().getJobName()),
                RunLabels.status(execution.getStatus()));
        for (RunOutcome.StepLine s : outcome.steps()) {
            out.printf("  %-16s %-4s 读取 %-6d 写入 %-6d%s%n", s.label(), RunLabels.status(s.status()), s.read(), s.written(),
                    s.took() == null ? "" : String.format(" %.1f 秒", s.took().toMillis() / 1000.0));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().stream().map(Failures::message).distinct()
                    .forEach(m -> out.println("  失败原因：" + m));
            out.println("  可用 " + RunLabels.restartCommand(execution.getJobInstance().getJobName(), p.home())
                    + " 从失败的步骤继续（已完成的步骤不会重做）。");
            return ExitCodes.JOB_FAILED;
        }
        // Counted from the warehouse, not the step: files rejected before a crash count in the restarted run too.
        List<String> rejected = rejectedFiles(p.bean(DSLContext.class), RunOutcomeNames.run(execution));
        if (!rejected.isEmpty() || outcome.rejectedFiles() > 0) {
            out.printf("  有 %d 个文件被退回，回执中写明了原因：%n", Math.max(rejected.size(), outcome.rejectedFiles()));
            rejected.stream().limit(50).forEach(name -> out.println("    " + name));
            if (rejected.size() > 50) {
                out.println("    ……");
            }
            return ExitCodes.FILES_REJECTED;
        }
        return ExitCodes.OK;
    }

    /** The run's one name ({@link RunName}), the same in {@code hqd runs}, on the packs and in the manifest. */
    static RunName name(Pipeline p, org.springframework.batch.core.job.JobExecution e) {
        return RunName.of(p.bean(DSLContext.class), RunOutcomeNames.run(e));
    }

    /** The original names of the files this run received that became no accepted or partial submission. */
    static List<String> rejectedFiles(DSLContext dsl, String run) {
        return dsl.selectDistinct(FILE_ARRIVAL.ORIGINAL_NAME).from(FILE_ARRIVAL)
                .where(FILE_ARRIVAL.RUN_ID.eq(run)).and(FILE_ARRIVAL.DUPLICATE.isFalse())
                .andNotExists(dsl.selectOne().from(SUBMISSION)
                        .where(SUBMISSION.SUBMISSION_ID.startsWith(FILE_ARRIVAL.SHA256))
                        .and(SUBMISSION.STATUS.in("accepted", "partial")))
                .orderBy(FILE_ARRIVAL.ORIGINAL_NAME)
                .fetch(FILE_ARRIVAL.ORIGINAL_NAME);
    }

    static String statusText(BatchStatus status) {
        return RunLabels.status(status);
    }

    /** The run name of an execution (its "run" parameter). */
    static final class RunOutcomeNames {
        static String run(org.springframework.batch.core.job.JobExecution e) {
            return io.hqd.run.RunParameters.of(e).run();
        }
    }
}
