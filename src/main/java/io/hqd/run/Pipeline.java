package io.hqd.run;

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

/** Starts hqd's Spring context for one home and runs its jobs. One per JVM (DuckDB: one writer). */
public final class Pipeline implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Pipeline(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static Pipeline open(HqdHome home) {
        home.ensureLayout();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HqdApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "hqd.home", home.root().toString(),
                        "spring.config.import", "optional:file:" + home.settings(),
                        "logging.level.root", "WARN",
                        "logging.level.io.hqd", "INFO",
                        "logging.pattern.console", "%d{HH:mm:ss} %-5level %msg%n"))
                .run();
        return new Pipeline(ctx);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Runs a job. The same identifying parameters as a failed execution restart it from the failed
     * step (Spring Batch restart semantics); an execution left STARTED by a crash is recovered first.
     */
    public JobExecution run(String jobName, JobParameters parameters) throws Exception {
        Job job = context.getBean(jobName, Job.class);
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.isRunning()) {
            // Nothing else can be running: DuckDB is held by this process. A STARTED execution is a crash.
            operator.recover(last);
            last = repository.getLastJobExecution(job.getName(), parameters);
        }
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
            return operator.restart(last);
        }
        return operator.start(job, parameters);
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

    @Override
    public void close() {
        context.close();
    }
}
