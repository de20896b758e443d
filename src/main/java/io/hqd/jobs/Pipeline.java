package io.hqd.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.hqd.home.HqdHome;
import io.hqd.run.RunHistoryListener;
import io.hqd.run.RunOutcome;

/**
 * Starts hqd's Spring context for one home and runs its jobs. One per JVM (DuckDB: one writer).
 * Opening it recovers runs a crash left "running" ({@link #interrupted()}).
 */
public final class Pipeline implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<JobExecution> interrupted;

    private Pipeline(ConfigurableApplicationContext context) {
        this.context = context;
        this.interrupted = recoverInterrupted();
    }

    public static Pipeline open(HqdHome home) {
        return open(home, Map.of());
    }

    /** Opens the home's context; {@code properties} add to or override the home's settings (a web server adds its own). */
    public static Pipeline open(HqdHome home, Map<String, Object> properties) {
        home.ensureLayout();
        Map<String, Object> props = new java.util.HashMap<>(Map.of(
                "hqd.home", home.root().toString(),
                "spring.config.import", "optional:file:" + home.settings(),
                "spring.batch.job.enabled", "false",
                "logging.file.name", home.logFile().toString(),
                "logging.config", "classpath:hqd-logback.xml"));
        props.putAll(properties);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HqdApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(props)
                .run();
        return new Pipeline(ctx);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Runs a job. The same identifying parameters as a failed execution restart it from the failed
     * step (completed steps are not redone); parameters of a completed run are refused
     * ({@code JobInstanceAlreadyCompleteException}); new parameters start a new run.
     */
    public JobExecution run(String jobName, JobParameters parameters) throws Exception {
        Job job = context.getBean(jobName, Job.class);
        return context.getBean(JobOperator.class).start(job, parameters);
    }

    /** Runs a job and reads what it did, child stages included. */
    public RunOutcome runAndReport(String jobName, JobParameters parameters) throws Exception {
        return outcome(run(jobName, parameters));
    }

    public RunOutcome outcome(JobExecution e) {
        return RunOutcome.of(e, context.getBean(JobRepository.class));
    }

    /** The latest run of a job that failed or was interrupted, or null when its last run completed or it never ran. */
    public JobExecution lastFailed(String jobName) {
        JobRepository repo = context.getBean(JobRepository.class);
        return repo.getJobInstances(jobName, 0, 20).stream()
                .map(repo::getLastJobExecution)
                .filter(e -> e != null)
                .max(Comparator.comparing(JobExecution::getId))
                .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED)
                .orElse(null);
    }

    /**
     * What a bare {@code hqd restart} continues: the newest run that failed or was interrupted, whichever job it
     * was. A failed nightly run is that run (its stages restart inside it); an ingest, evaluation or report run
     * started on its own counts only when it began after the last nightly run ended, so a stage of that night is
     * never restarted apart from it, nor a run a later night has redone.
     */
    public JobExecution lastFailedOfAnyJob() {
        JobRepository repo = context.getBean(JobRepository.class);
        JobExecution night = repo.getJobInstances("nightlyJob", 0, 1).stream().map(repo::getLastJobExecution)
                .filter(e -> e != null).findFirst().orElse(null);
        List<JobExecution> candidates = new ArrayList<>();
        JobExecution failedNight = lastFailed("nightlyJob");
        if (failedNight != null) {
            candidates.add(failedNight);
        }
        for (String job : List.of("ingestJob", "evaluateJob", "reportJob")) {
            JobExecution f = lastFailed(job);
            boolean own = night == null || night.getEndTime() != null && f != null && f.getStartTime() != null
                    && f.getStartTime().isAfter(night.getEndTime());
            if (f != null && own) {
                candidates.add(f);
            }
        }
        return candidates.stream().max(Comparator.comparing(JobExecution::getId)).orElse(null);
    }

    public java.nio.file.Path home() {
        return context.getBean(HqdHome.class).root();
    }

    /** Runs the failed execution again from its failed step, with its own parameters. */
    public JobExecution restart(JobExecution failed) throws Exception {
        return run(failed.getJobInstance().getJobName(), failed.getJobParameters());
    }

    /** Runs that an earlier process left "running" (killed, power cut) and this one marked failed at start. */
    public List<JobExecution> interrupted() {
        return interrupted;
    }

    public static JobParametersBuilder parameters() {
        return new JobParametersBuilder();
    }

    public JobParameters parametersOf(long executionId) {
        return context.getBean(JobRepository.class).getJobExecution(executionId).getJobParameters();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /**
     * Nothing else can be running: this process holds the warehouse, and every job runs in the
     * process that holds it. So an execution still STARTED in the repository is one a crash left.
     */
    private List<JobExecution> recoverInterrupted() {
        JobRepository repo = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        RunHistoryListener history = context.getBean(RunHistoryListener.class);
        List<JobExecution> found = new ArrayList<>();
        for (String name : repo.getJobNames()) {
            for (JobExecution e : repo.findRunningJobExecutions(name)) {
                JobExecution recovered = operator.recover(e);
                history.interrupted(recovered);
                found.add(recovered);
            }
        }
        found.sort(Comparator.comparing(JobExecution::getId));
        return found;
    }

    @Override
    public void close() {
        context.close();
    }
}
