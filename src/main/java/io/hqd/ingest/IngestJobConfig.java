package io.hqd.ingest;

import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.ingest.load.FileArchive;
import io.hqd.ingest.load.FileIngestor;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.IngestReference;
import io.hqd.ingest.load.InboxScanner;
import io.hqd.ingest.load.Status;
import io.hqd.ingest.load.SubmissionStore;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.receipt.ReceiptWriter;
import io.hqd.run.RunContext;
import io.hqd.run.RunHistoryListener;

/** The ingestJob (接收报送文件): reference data, then every file of the inbox. */
@Configuration
public class IngestJobConfig {
    /** Job execution context key: how many files this run rejected (the CLI exits with 4 when > 0). */
    public static final String REJECTED = "hqd.rejected";
    private static final Logger log = LoggerFactory.getLogger(IngestJobConfig.class);

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
     * Each file commits in its own warehouse transaction (inside {@link SubmissionStore}), so the step
     * itself needs no warehouse transaction: a crash keeps the files already done and none half-done.
     */
    @Bean
    Step ingestFilesStep(JobRepository jobs, DSLContext dsl, Catalog catalog, HqdHome home) {
        return new StepBuilder("ingestFiles", jobs)
                .tasklet((contribution, chunk) -> {
                    JobExecution job = chunk.getStepContext().getStepExecution().getJobExecution();
                    String inboxParam = job.getJobParameters().getString("inbox");
                    Path inbox = (inboxParam == null || inboxParam.isBlank() ? home.inbox() : Path.of(inboxParam))
                            .toAbsolutePath().normalize();
                    String runId = RunContext.runName(job);
                    IngestReference ref = new IngestReference(dsl, catalog);
                    FileIngestor ingestor = new FileIngestor(ref, new SubmissionStore(dsl), new FileArchive(home.archive()),
                            Limits.defaults(), new ReceiptWriter(home.receipts(), catalog), runId);
                    List<Path> files = InboxScanner.files(inbox);
                    int rejected = 0, loaded = 0, duplicates = 0;
                    for (Path file : files) {
                        contribution.incrementReadCount();
                        try {
                            FileOutcome o = ingestor.ingest(inbox, file);
                            if (o.duplicate()) {
                                duplicates++;
                            } else if (o.status() == Status.REJECTED) {
                                rejected++;
                            } else {
                                loaded++;
                            }
                        } catch (Exception e) {
                            rejected++;
                            log.error("无法处理文件 {}：{}", inbox.relativize(file), e.toString());
                        }
                    }
                    contribution.incrementWriteCount(loaded);
                    job.getExecutionContext().putInt(REJECTED, job.getExecutionContext().getInt(REJECTED, 0) + rejected);
                    log.info("收件箱 {}：{} 个文件，入库 {}，退回 {}，重复 {}", inbox, files.size(), loaded, rejected, duplicates);
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
    }
}
