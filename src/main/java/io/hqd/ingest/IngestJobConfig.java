package io.hqd.ingest;

import java.nio.file.Path;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.ingest.load.InboxIngest;
import io.hqd.ingest.read.Limits;
import io.hqd.run.RunParameters;
import io.hqd.run.RunHistoryListener;

/** The ingestJob (接收报送文件): reference data, then every file of the inbox. */
@Configuration
public class IngestJobConfig {
    /** Job execution context key: how many files this run rejected (the CLI exits with 4 when > 0). */
    public static final String REJECTED = "hqd.rejected";

    @Bean
    Job ingestJob(JobRepository jobs, RunHistoryListener history,
                  @Qualifier("refreshReferenceStep") Step refreshReference,
                  @Qualifier("ingestFilesStep") Step ingestFiles) {
        return new JobBuilder("ingestJob", jobs)
                .listener(history)
                .start(refreshReference)
                .next(ingestFiles)
                .build();
    }

    /**
     * Files commit in batches, each batch in its own warehouse transaction (inside {@code InboxIngest} and
     * {@code SubmissionStore}), so the step itself needs no warehouse transaction: a crash keeps the batches
     * already committed and no file half-done.
     */
    @Bean
    Step ingestFilesStep(JobRepository jobs, DSLContext dsl, Catalog catalog, HqdHome home,
                         @Value("${hqd.demo:false}") boolean demo, RunParameters params) {
        return new StepBuilder("ingestFiles", jobs)
                .tasklet((contribution, chunk) -> {
                    JobExecution job = chunk.getStepContext().getStepExecution().getJobExecution();
                    String inboxParam = params.inbox();
                    Path inbox = (inboxParam == null || inboxParam.isBlank() ? home.inbox() : Path.of(inboxParam))
                            .toAbsolutePath().normalize();
                    InboxIngest.Summary done = new InboxIngest(dsl, catalog, home, Limits.defaults(), params.run(), demo).run(inbox);
                    for (int i = 0; i < done.files(); i++) {
                        contribution.incrementReadCount();
                    }
                    contribution.incrementWriteCount(done.loaded());
                    job.getExecutionContext().putInt(REJECTED, job.getExecutionContext().getInt(REJECTED, 0) + done.rejected());
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }
}
