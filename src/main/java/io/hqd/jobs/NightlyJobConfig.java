package io.hqd.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.job.DefaultJobParametersExtractor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.hqd.home.HqdHome;
import io.hqd.ingest.receipt.ReceiptCheck;
import io.hqd.run.RunHistoryListener;
import io.hqd.run.RunParameters;

/**
 * The nightly job: back up the warehouse, ingest new files, check every receipt, evaluate, report, in that order. Each
 * stage is its own job (run alone by {@code hqd ingest|evaluate|report}); here they run as job steps,
 * so a failed night restarts at the stage that failed, and inside it at the step that failed.
 */
@Configuration
public class NightlyJobConfig {
    private static final Logger log = LoggerFactory.getLogger(NightlyJobConfig.class);

    @Bean
    Job nightlyJob(JobRepository jobs, JobOperator operator, RunHistoryListener history,
                   @Qualifier("backupWarehouseStep") Step backup, @Qualifier("checkReceiptsStep") Step checkReceipts,
                   @Qualifier("ingestJob") Job ingestJob, @Qualifier("evaluateJob") Job evaluateJob,
                   @Qualifier("reportJob") Job reportJob) {
        return new JobBuilder("nightlyJob", jobs)
                .listener(history)
                .start(backup)
                .next(stage("ingest", ingestJob, jobs, operator, RunParameters.INBOX, RunParameters.RUN))
                .next(checkReceipts)
                .next(stage("evaluate", evaluateJob, jobs, operator, RunParameters.PERIOD, RunParameters.SCOPE, RunParameters.RUN))
                .next(stage("report", reportJob, jobs, operator, RunParameters.PERIOD, RunParameters.SCOPE, RunParameters.RUN))
                .build();
    }

    /** A consistent copy of the warehouse before the night changes it ({@code backup.keep}, {@code backup.dir}). */
    @Bean
    Step backupWarehouseStep(JobRepository jobs, DSLContext dsl, HqdHome home, Clock clock,
                             @Value("${backup.keep:7}") int keep, @Value("${backup.dir:}") String dir) {
        return new StepBuilder("backupWarehouse", jobs)
                .tasklet((contribution, chunk) -> {
                    Path file = new WarehouseBackup(home, dir.isBlank() ? null : Path.of(dir), keep)
                            .backup(dsl, LocalDateTime.now(clock));
                    log.info("数据仓库已备份：{}", file);
                    contribution.incrementWriteCount(1);
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }

    /** Every received file has a valid receipt: those a crash cut short are written again from the warehouse. */
    @Bean
    Step checkReceiptsStep(JobRepository jobs, DSLContext dsl, HqdHome home, @Value("${hqd.demo:false}") boolean demo) {
        return new StepBuilder("checkReceipts", jobs)
                .tasklet((contribution, chunk) -> {
                    contribution.incrementWriteCount(new ReceiptCheck(dsl, home, demo).repair());
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .allowStartIfComplete(true)   // cheap, and a restart must repair what the crash cut short
                .build();
    }

    private static Step stage(String name, Job job, JobRepository jobs, JobOperator operator, String... keys) {
        DefaultJobParametersExtractor extractor = new DefaultJobParametersExtractor();
        extractor.setKeys(keys);
        return new StepBuilder(name, jobs).job(job).operator(operator).parametersExtractor(extractor).build();
    }
}
