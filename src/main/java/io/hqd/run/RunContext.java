package io.hqd.run;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import io.hqd.warehouse.Periods;

/** Static access to {@link RunParameters} for code that holds a job execution rather than the step-scoped bean. */
public final class RunContext {
    private RunContext() {
    }

    public static String runName(JobExecution e) {
        return RunParameters.of(e).run();
    }

    /** The run's period; none given means the latest complete quarter ({@link RunParameters#periodOrDefault}). */
    public static Periods period(JobParameters p) {
        return RunParameters.of(p, java.time.LocalDate.now()).period();
    }

    /** Region code the run is limited to, or null for everything. */
    public static String scope(JobParameters p) {
        return RunParameters.of(p, java.time.LocalDate.now()).scopeRegion();
    }
}
