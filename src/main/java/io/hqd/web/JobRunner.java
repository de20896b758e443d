package io.hqd.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs every job of the server, one at a time, on one thread: the warehouse has one writer, and an
 * upload's ingest must not interleave with a night's run. Mirrors the CLI's {@code Pipeline.run}
 * (recover a crashed execution, restart a failed one) for the server's own context.
 */
@Component
public class JobRunner implements DisposableBean {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hqd-job");
        t.setDaemon(true);
        return t;
    });
    private final ApplicationContext context;
    private final AtomicReference<String> current = new AtomicReference<>();

    public JobRunner(ApplicationContext context) {
        this.context = context;
    }

    /** Queues a job; the future completes when it has finished (or failed). */
    public Future<JobExecution> submit(String jobName, String runName, JobParameters parameters) {
        return worker.submit(() -> {
            current.set(runName);
            try {
                return run(jobName, parameters);
            } finally {
                current.set(null);
            }
        });
    }

    /** Restarts a failed or stopped execution from its failed step. */
    public Future<JobExecution> restart(long executionId, String runName) {
        return worker.submit(() -> {
            current.set(runName);
            try {
                JobExecution failed = context.getBean(JobRepository.class).getJobExecution(executionId);
                return run(failed.getJobInstance().getJobName(), failed.getJobParameters());
            } finally {
                current.set(null);
            }
        });
    }

    /** Any other warehouse-writing work of the server (reference refresh at start-up). */
    public <T> Future<T> call(Callable<T> work) {
        return worker.submit(work);
    }

    /** The run name of the job running now, or null. */
    public String running() {
        return current.get();
    }

    private JobExecution run(String jobName, JobParameters parameters) throws Exception {
        Job job = context.getBean(jobName, Job.class);
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.isRunning()) {
            // Only this thread runs jobs: an execution still marked running was cut short by a crash.
            operator.recover(last);
            last = repository.getLastJobExecution(job.getName(), parameters);
        }
        // Batch 6: starting a FAILED or STOPPED instance with the same identifying parameters restarts it
        // from its failed step (JobOperator.restart looks the job up in a registry hqd does not fill).
        return operator.start(job, parameters);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
