package io.hqd.run;

import java.time.Clock;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.warehouse.ReferenceLoader;

/**
 * The step every job starts with: regions, hospitals, indicators, plans, targets and periods into the
 * warehouse. The one step a restart runs again even when it completed: a run that failed on a catalog
 * or registry mistake is restarted after the mistake is fixed, and must see the fix. When the warehouse already
 * holds exactly what the catalog and registry give (the usual case for the second and third job of a nightly),
 * nothing is written.
 */
@Configuration
public class ReferenceStepConfig {
    private static final Logger log = LoggerFactory.getLogger(ReferenceStepConfig.class);

    @Bean
    Step refreshReferenceStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager,
                              DSLContext dsl, Catalog catalog, HqdHome home, Clock clock,
                              @Value("${submission.due-days:15}") int dueDays) {
        return new StepBuilder("refreshReference", jobs)
                .tasklet((contribution, chunk) -> {
                    boolean written = new ReferenceLoader(dsl).load(catalog, ReferenceLoader.hospitals(home, catalog),
                            LocalDate.now(clock), dueDays);
                    if (!written) {
                        log.info("参考数据未变化，沿用数据仓库中的参考数据");
                    }
                    return RepeatStatus.FINISHED;
                }, warehouseTransactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
