package io.hqd.report;

import io.hqd.run.RunHistoryListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reportJob (生成报表): its steps, in order. */
@Configuration
public class ReportJobConfig {

    @Bean
    Job reportJob(JobRepository jobs, RunHistoryListener history,
             @Qualifier("refreshReferenceStep") Step refreshReference) {
        return new JobBuilder("reportJob", jobs)
                .listener(history)
                .start(refreshReference)
                .build();
    }
}
