package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.RUN;
import static io.hqd.warehouse.schema.ops.Tables.RUN_REQUEST;
import static io.hqd.warehouse.schema.ops.Tables.RUN_NAME;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Future;

import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import io.hqd.catalog.Catalog;
import io.hqd.run.RunHistoryListener;
import io.hqd.home.HqdHome;
import io.hqd.run.RunName;
import io.hqd.warehouse.Periods;

/** Starting, restarting and listing runs: the browser's side of {@code hqd nightly|report|restart|runs}. */
@Component
public class Runs {
    /** A run as the history page lists it: ops.run, its one name ({@link RunName#label()}) and who asked for it. */
    public record Row(long executionId, String runName, String job, String period, String scope, LocalDateTime started,
                      LocalDateTime finished, String status, String summary, String requestedBy, String name) {
    }

    private final JobRunner runner;
    private final WebDatabase db;
    private final JobRepository repository;
    private final Catalog catalog;
    private final HqdHome home;
    private final Clock clock;
    private final Orgs orgs;

    public Runs(JobRunner runner, WebDatabase db, JobRepository repository, Catalog catalog, HqdHome home, Clock clock,
                Orgs orgs) {
        this.orgs = orgs;
        this.runner = runner;
        this.db = db;
        this.repository = repository;
        this.catalog = catalog;
        this.home = home;
        this.clock = clock;
    }

    /**
     * The scope of a run as asked: a one-hospital rerun is scoped to the hospital's region (its pack), anything else
     * to the scope given (blank: everything).
     */
    public String scopeOf(RunKind kind, String scopeText, String hospital) {
        if (kind != RunKind.HOSPITAL) {
            return scopeText == null || scopeText.isBlank() ? "all" : scopeText.strip();
        }
        String region = hospital == null || hospital.isBlank() ? null : orgs.regionOf(hospital.strip());
        if (region == null) {
            throw new IllegalArgumentException("重新生成一家医院的报表时请填写医疗机构代码（如 H51040001）；「"
                    + (hospital == null ? "" : hospital.strip()) + "」不在医疗机构名录中");
        }
        return region;
    }

    /** Checks the request, records who asked, queues the job; returns the run name. */
    public String start(RunKind kind, String periodText, String scopeText, String hospital, String requestedBy) {
        Periods period;
        try {
            period = Periods.parse(periodText == null ? "" : periodText.strip().toUpperCase());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("报告期「" + periodText + "」无效，应为 2026Q3 这样的格式");
        }
        String scope = scopeOf(kind, scopeText, hospital);
        if (!scope.equals("all") && !catalog.regionsByCode().containsKey(scope)) {
            throw new IllegalArgumentException("范围「" + scope + "」不是计划目录中的区划代码");
        }
        String run = RunName.requestedKey(db.dsl(), period.code(), LocalDateTime.now(clock));
        submit(kind, period, scope, kind == RunKind.HOSPITAL ? hospital.strip() : null, run, requestedBy);
        return run;
    }

    /** Who asked for a run and when (the run history's 发起人); a run without a request was started from the command line. */
    static void recordRequest(org.jooq.DSLContext dsl, String run, String job, String periodCode, String scope,
                              String requestedBy, LocalDateTime at) {
        dsl.insertInto(RUN_REQUEST)
                .set(RUN_REQUEST.RUN_NAME, run).set(RUN_REQUEST.JOB, job)
                .set(RUN_REQUEST.PERIOD_CODE, periodCode).set(RUN_REQUEST.SCOPE, scope)
                .set(RUN_REQUEST.REQUESTED_BY, requestedBy).set(RUN_REQUEST.REQUESTED_AT, at)
                .onConflict(RUN_REQUEST.RUN_NAME).doNothing()
                .execute();
    }

    /** Queues a run under a given name (the schedule names its runs by night). */
    public Future<JobExecution> submit(RunKind kind, Periods period, String scope, String run, String requestedBy) {
        return submit(kind, period, scope, null, run, requestedBy);
    }

    private Future<JobExecution> submit(RunKind kind, Periods period, String scope, String hospital, String run,
                                        String requestedBy) {
        recordRequest(db.dsl(), run, kind.job(), period.code(), scope, requestedBy, LocalDateTime.now(clock));
        JobParametersBuilder p = new JobParametersBuilder()
                .addString("period", period.code())
                .addString("scope", scope)
                .addString("run", run);
        if (kind == RunKind.FULL) {
            p.addString("inbox", home.inbox().toString());
        }
        if (hospital != null) {
            p.addString(io.hqd.report.ReportRun.HOSPITAL, hospital);
        }
        return runner.submit(kind.job(), run, p.toJobParameters());
    }

    /** Queues the restart of a failed or stopped run from its failed step; returns its run name, which stays the same. */
    public String restart(long executionId) {
        JobExecution e = repository.getJobExecution(executionId);
        if (e == null || (e.getStatus() != BatchStatus.FAILED && e.getStatus() != BatchStatus.STOPPED)) {
            throw new IllegalArgumentException("运行 #" + executionId + " 不是失败或中断的运行，无需续跑");
        }
        if (repository.getLastJobExecution(e.getJobInstance()).getId() != executionId) {
            throw new IllegalArgumentException("运行 #" + executionId + " 已经续跑过，请在最新的一次上操作");
        }
        String run = e.getJobParameters().getString("run");
        runner.restart(executionId, run);
        return run;
    }

    /**
     * Why an execution failed, in the words hqd wrote: read from the run history (Batch's repository keeps no
     * exceptions), the stage jobs' rows included, since the nightly job's own failure only says "the delegate job failed".
     */
    public List<String> failures(JobExecution e, String runName) {
        Long next = restartOf(runName, e.getId());
        List<String> reasons = db.dsl().select(RUN.SUMMARY).from(RUN)
                .where(RUN.RUN_NAME.eq(runName), RUN.STATUS.eq(BatchStatus.FAILED.name()), RUN.EXECUTION_ID.ge(e.getId()),
                        next == null ? DSL.noCondition() : RUN.EXECUTION_ID.lt(next))
                .orderBy(RUN.EXECUTION_ID.desc()).fetch(RUN.SUMMARY).stream()
                .filter(s -> s != null && s.contains(RunHistoryListener.FAILURE))
                .map(s -> s.substring(s.indexOf(RunHistoryListener.FAILURE) + RunHistoryListener.FAILURE.length()))
                .distinct().toList();
        List<String> own = reasons.stream().filter(r -> !r.contains("delegate Job failed")).toList();
        return own.isEmpty() ? reasons : own;
    }

    public List<Row> recent(int limit) {
        return db.dsl().select(RUN.fields()).select(RUN_REQUEST.REQUESTED_BY, RUN_NAME.NUMBER, RUN_NAME.PERIOD_CODE).from(RUN)
                .leftJoin(RUN_REQUEST).on(RUN_REQUEST.RUN_NAME.eq(RUN.RUN_NAME))
                .leftJoin(RUN_NAME).on(RUN_NAME.RUN_KEY.eq(RUN.RUN_NAME))
                .orderBy(RUN.EXECUTION_ID.desc()).limit(limit).fetch(Runs::row);
    }

    /** The top-level execution of a run name: the one the browser started (nightly or report). */
    public Long executionOf(String runName) {
        return db.dsl().select(RUN.EXECUTION_ID).from(RUN).where(RUN.RUN_NAME.eq(runName))
                .orderBy(RUN.EXECUTION_ID.asc()).limit(1).fetchOne(RUN.EXECUTION_ID);
    }

    /** The restart of execution {@code after}: the next execution of the same job under the same run name, or null while queued. */
    public Long restartOf(String runName, long after) {
        String job = db.dsl().select(RUN.JOB).from(RUN).where(RUN.EXECUTION_ID.eq(after)).fetchOne(RUN.JOB);
        return db.dsl().select(RUN.EXECUTION_ID).from(RUN)
                .where(RUN.RUN_NAME.eq(runName), RUN.JOB.eq(job), RUN.EXECUTION_ID.gt(after))
                .orderBy(RUN.EXECUTION_ID.asc()).limit(1).fetchOne(RUN.EXECUTION_ID);
    }

    public String requestedBy(String runName) {
        return db.dsl().select(RUN_REQUEST.REQUESTED_BY).from(RUN_REQUEST).where(RUN_REQUEST.RUN_NAME.eq(runName))
                .fetchOne(RUN_REQUEST.REQUESTED_BY);
    }

    public JobExecution execution(long id) {
        return repository.getJobExecution(id);
    }

    public JobParameters parameters(long id) {
        return repository.getJobExecution(id).getJobParameters();
    }

    private static Row row(Record r) {
        return new Row(r.get(RUN.EXECUTION_ID), r.get(RUN.RUN_NAME), r.get(RUN.JOB), r.get(RUN.PERIOD_CODE), r.get(RUN.SCOPE),
                r.get(RUN.STARTED_AT), r.get(RUN.FINISHED_AT), r.get(RUN.STATUS), r.get(RUN.SUMMARY),
                r.get(RUN_REQUEST.REQUESTED_BY), new RunName(r.get(RUN.RUN_NAME),
                        r.get(RUN_NAME.NUMBER) == null ? 0 : r.get(RUN_NAME.NUMBER), r.get(RUN_NAME.PERIOD_CODE)).label());
    }

    /** The run's one name, as on the console and the packs ({@link RunName}); a run still queued has none yet. */
    public String name(String runKey) {
        return RunName.find(db.dsl(), runKey).map(RunName::label).orElse("排队中的运行");
    }
}
