package io.hqd.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobStep;

/**
 * What a run did, step by step. The nightly job's stages are job steps whose own counts are zero:
 * their work is in the stage job's execution, which this reads through the repository, so the summary
 * counts what was really read and written.
 */
public record RunOutcome(JobExecution execution, List<StepLine> steps, int rejectedFiles) {

    /** Job execution context key under which the ingest job counts the files it rejected. */
    public static final String REJECTED = "hqd.rejected";
    /** Where {@link JobStep} keeps the parameters it started its job with. */
    private static final String JOB_STEP_PARAMETERS = JobStep.class.getName() + ".JOB_PARAMETERS";

    /** One step as people see it: "评价 / 计算指标". */
    public record StepLine(String stage, String step, BatchStatus status, long read, long written, long skipped,
                           Duration took, String note) {
        public String label() {
            return stage == null ? RunLabels.step(step) : RunLabels.step(stage) + "/" + RunLabels.step(step);
        }
    }

    public static RunOutcome of(JobExecution execution, JobRepository repository) {
        List<StepLine> lines = new ArrayList<>();
        int rejected = execution.getExecutionContext().getInt(REJECTED, 0);
        for (StepExecution s : wholeRun(execution, repository)) {
            JobExecution child = child(s, repository);
            if (child == null) {
                lines.add(line(null, s));
                continue;
            }
            rejected += child.getExecutionContext().getInt(REJECTED, 0);
            for (StepExecution cs : sorted(child)) {
                lines.add(line(s.getStepName(), cs));
            }
        }
        return new RunOutcome(execution, lines, rejected);
    }

    /** The stage job a job step ran in this execution, or null for an ordinary step. */
    private static JobExecution child(StepExecution s, JobRepository repository) {
        Object params = s.getExecutionContext().get(JOB_STEP_PARAMETERS);
        if (!(params instanceof JobParameters p)) {
            return null;
        }
        String jobName = s.getStepName() + "Job";
        JobExecution last = repository.getLastJobExecution(jobName, p);
        // A completed stage that a restart skipped keeps its earlier execution: that is still what it did.
        return last;
    }

    /**
     * Every step of the run, each in its latest execution: a restart runs only the steps left to do,
     * but the run's outcome (its counts, the files it rejected) includes the steps done before the crash.
     */
    private static List<StepExecution> wholeRun(JobExecution e, JobRepository repository) {
        java.util.Map<String, StepExecution> latest = new java.util.LinkedHashMap<>();
        List<JobExecution> all = e.getJobInstance() == null ? List.of(e)
                : new ArrayList<>(repository.getJobExecutions(e.getJobInstance()));
        if (all.stream().noneMatch(x -> x.getId() == e.getId())) {
            all.add(e);
        }
        all.sort(Comparator.comparing(JobExecution::getId));
        for (JobExecution x : all) {
            for (StepExecution s : sorted(x.getId() == e.getId() ? e : x)) {
                latest.put(s.getStepName(), s);
            }
        }
        return latest.values().stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
    }

    private static List<StepExecution> sorted(JobExecution e) {
        return e.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
    }

    private static StepLine line(String stage, StepExecution s) {
        Duration took = s.getStartTime() == null || s.getEndTime() == null ? null
                : Duration.between(s.getStartTime(), s.getEndTime());
        // A completed step may say what it did beyond its counts (which periods it recomputed); a failed one's
        // description is its stack trace, which the history gives as the failure's reason instead.
        String note = s.getStatus() == BatchStatus.COMPLETED ? s.getExitStatus().getExitDescription() : "";
        return new StepLine(stage, s.getStepName(), s.getStatus(), s.getReadCount(), s.getWriteCount(),
                s.getSkipCount(), took, note);
    }

    /** One line per step, for the run history. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (StepLine l : steps) {
            if (!b.isEmpty()) {
                b.append("；");
            }
            b.append(l.label()).append(' ').append(RunLabels.status(l.status()))
                    .append("（读取 ").append(l.read()).append("，写入 ").append(l.written());
            if (l.took() != null) {
                b.append(String.format("，%.1f 秒", l.took().toMillis() / 1000.0));
            }
            b.append('）');
            if (l.note() != null && !l.note().isBlank()) {
                b.append("：").append(l.note());
            }
        }
        if (rejectedFiles > 0) {
            b.append("；退回文件 ").append(rejectedFiles).append(" 个");
        }
        return b.toString();
    }
}
