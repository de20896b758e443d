package io.hqd.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.jobs.JobSchedule;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;

/**
 * At start-up: reference data into the warehouse (so the portal knows hospitals and periods before the first
 * run), then the nightly schedule of jobs/nightly.yaml in the home's time zone (hqd.time-zone, default
 * Asia/Shanghai), run in this process because the server owns the warehouse.
 */
@Component
public class NightlySchedule implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final JobRunner runner;
    private final Runs runs;
    private final HqdHome home;
    private final Catalog catalog;
    private final org.jooq.DSLContext dsl;
    private final ZoneId zone;
    private final int dueDays;
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hqd-schedule");
        t.setDaemon(true);
        return t;
    });

    public NightlySchedule(JobRunner runner, Runs runs, HqdHome home, Catalog catalog, org.jooq.DSLContext dsl,
                           @Value("${hqd.time-zone:Asia/Shanghai}") String zone,
                           @Value("${submission.due-days:15}") int dueDays) {
        this.runner = runner;
        this.runs = runs;
        this.home = home;
        this.catalog = catalog;
        this.dsl = dsl;
        this.zone = ZoneId.of(zone);
        this.dueDays = dueDays;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() throws Exception {
        runner.call(() -> {
            new ReferenceLoader(dsl).load(catalog, ReferenceLoader.hospitals(home, catalog), LocalDate.now(zone), dueDays);
            return null;
        }).get();
        JobSchedule schedule = JobSchedule.load(home);
        new ConcurrentTaskScheduler(timer).schedule(this::nightly, new CronTrigger(schedule.cronText(), zone));
        log.info("夜间任务计划：cron {}（时区 {}）", schedule.cronText(), zone);
    }

    private void nightly() {
        LocalDate today = LocalDate.now(Clock.system(zone));
        String run = io.hqd.run.RunName.routineKey(today);
        log.info("夜间任务开始：运行 {}", run);
        runs.submit(RunKind.FULL, Periods.latestComplete(today), "all", run, "计划任务");
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
