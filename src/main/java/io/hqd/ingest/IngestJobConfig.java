package io.hqd.ingest;

import io.hqd.run.RunHistoryListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingestJob (接收报送文件): its steps, in order. */
@Configuration
public class IngestJobConfig {

    @Bean
    Job ingestJob(JobRepository jobs, RunHistoryListener history,
             @Qualifier("refreshReferenceStep") Step refreshReference) {
        return new JobBuilder("ingestJob", jobs)
                .listener(history)
                .start(refreshReference)
                .build();
    }
}
