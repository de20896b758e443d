package io.hqd.run;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import io.hqd.warehouse.Periods;

/** Reads hqd's job parameters (period, scope, run) the same way in every step. */
public final class RunContext {
    private RunContext() {
    }

    public static String runName(JobExecution e) {
        String run = e.getJobParameters().getString("run");
        return run == null ? e.getJobInstance().getJobName() + "#" + e.getId() : run;
    }

    public static Periods period(JobParameters p) {
        return Periods.parse(p.getString("period"));
    }

    /** Region code the run is limited to, or null for everything. */
    public static String scope(JobParameters p) {
        String s = p.getString("scope");
        return s == null || s.isBlank() || s.equals("all") ? null : s;
    }
}
