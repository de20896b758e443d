package io.hqd.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.job.DefaultJobParametersExtractor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job: ingest new files, evaluate, report, in that order. Each stage is its own job
 * (run alone by {@code hqd ingest|evaluate|report}); here they run as job steps so a failed night
 * restarts at the stage that failed, with the same parameters.
 */
@Configuration
public class NightlyJobConfig {

    @Bean
    Job nightlyJob(JobRepository jobs, JobOperator operator, RunHistoryListener history,
                   @Qualifier("ingestJob") Job ingestJob, @Qualifier("evaluateJob") Job evaluateJob,
                   @Qualifier("reportJob") Job reportJob) {
        return new JobBuilder("nightlyJob", jobs)
                .listener(history)
                .start(stage("ingest", ingestJob, jobs, operator, "inbox", "run"))
                .next(stage("evaluate", evaluateJob, jobs, operator, "period", "scope", "run"))
                .next(stage("report", reportJob, jobs, operator, "period", "scope", "run"))
                .build();
    }

    private static Step stage(String name, Job job, JobRepository jobs, JobOperator operator, String... keys) {
        DefaultJobParametersExtractor extractor = new DefaultJobParametersExtractor();
        extractor.setKeys(keys);
        return new StepBuilder(name, jobs).job(job).operator(operator).parametersExtractor(extractor).build();
    }
}
