package io.hqd.run;

import java.time.LocalDate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.hqd.warehouse.Periods;

/**
 * What identifies a run: the period evaluated and reported, the scope (a region code, or everything),
 * the run's name, the inbox it reads and, for a one-hospital report rerun, that hospital. The same values
 * restart a failed run from its failed step. Steps get it as the step-scoped bean {@code runParameters}
 * ({@link RunParametersConfig}), the one way a step reads its job's parameters; listeners and commands that
 * hold a job execution read it with {@link #of(JobExecution)}. Not final: step scope proxies it.
 */
public class RunParameters {
    public static final String PERIOD = "period";
    public static final String SCOPE = "scope";
    public static final String RUN = "run";
    public static final String INBOX = "inbox";
    /** The one hospital a report rerun is limited to (its own PDF and its region's pack). */
    public static final String HOSPITAL = "hospital";
    /** The scope value meaning every city and county of the registry. */
    public static final String ALL = "all";

    private final Periods period;
    private final String scope;
    private final String run;
    private final String inbox;
    private final String hospital;

    public RunParameters(Periods period, String scope, String run, String inbox) {
        this(period, scope, run, inbox, null);
    }

    public RunParameters(Periods period, String scope, String run, String inbox, String hospital) {
        this.period = period;
        this.scope = scope == null || scope.isBlank() ? ALL : scope;
        this.run = run;
        this.inbox = inbox;
        this.hospital = hospital == null || hospital.isBlank() ? null : hospital;
    }

    /** The one rule for the default period: no period given means the latest quarter that has ended. */
    public static Periods periodOrDefault(String code, LocalDate today) {
        return code == null || code.isBlank() ? Periods.latestComplete(today) : Periods.parse(code);
    }

    public static RunParameters of(JobParameters p, LocalDate today) {
        return new RunParameters(periodOrDefault(p.getString(PERIOD), today), p.getString(SCOPE), p.getString(RUN),
                p.getString(INBOX), p.getString(HOSPITAL));
    }

    /** The run's parameters; a job started without a run name is named after the job and its execution. */
    public static RunParameters of(JobExecution e) {
        RunParameters p = of(e.getJobParameters(), LocalDate.now());
        String run = p.run != null ? p.run : e.getJobInstance().getJobName() + "#" + e.getId();
        return new RunParameters(p.period, p.scope, run, p.inbox, p.hospital);
    }

    public Periods period() { return period; }

    /** The scope as given: a region code or {@value #ALL}. */
    public String scope() { return scope; }

    /** Region code the run is limited to, or null for everything. */
    public String scopeRegion() { return ALL.equalsIgnoreCase(scope) ? null : scope; }

    public String run() { return run; }

    public String inbox() { return inbox; }

    /** The one hospital of a report rerun, or null for every hospital. */
    public String hospital() { return hospital; }

    public JobParameters toJobParameters() {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(PERIOD, period.code())
                .addString(SCOPE, scope);
        if (run != null) {
            b.addString(RUN, run);
        }
        if (inbox != null) {
            b.addString(INBOX, inbox);
        }
        if (hospital != null) {
            b.addString(HOSPITAL, hospital);
        }
        return b.toJobParameters();
    }

    @Override
    public String toString() {
        // the run's name is RunName's label, printed beside this; the key is not a second name for people
        return "报告期 " + period.code() + "，范围 " + (scopeRegion() == null ? "全部" : scope);
    }
}
