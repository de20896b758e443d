package io.hqd.report;

import java.util.function.ToIntBiFunction;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.hqd.report.pdf.Templates;
import io.hqd.run.RunHistoryListener;
import io.hqd.run.RunParameters;

/** The reportJob (生成报表): reference data, the city packs, the county packs and hospital reports, analyst workbooks, manifest. */
@Configuration
public class ReportJobConfig {

    @Bean
    Job reportJob(JobRepository jobs, RunHistoryListener history,
                  @Qualifier("refreshReferenceStep") Step refreshReference,
                  @Qualifier("renderCityPacksStep") Step renderCityPacks,
                  @Qualifier("renderPacksStep") Step renderPacks,
                  @Qualifier("writeWorkbooksStep") Step writeWorkbooks,
                  @Qualifier("writeManifestStep") Step writeManifest) {
        return new JobBuilder("reportJob", jobs)
                .listener(history)
                .start(refreshReference)
                .next(renderCityPacks)
                .next(renderPacks)
                .next(writeWorkbooks)
                .next(writeManifest)
                .build();
    }

    /** The city packs first, a step of their own: ready, and kept by a restart, before the hospitals' reports. */
    @Bean
    Step renderCityPacksStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager,
                             ReportStage stage, Templates templates, RunParameters params) {
        return step("renderCityPacks", jobs, warehouseTransactionManager, stage, params,
                withTemplates(templates, ReportStage::renderCityPacks));
    }

    @Bean
    Step renderPacksStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager,
                         ReportStage stage, Templates templates, RunParameters params) {
        return step("renderPacks", jobs, warehouseTransactionManager, stage, params,
                withTemplates(templates, ReportStage::renderPacks));
    }

    /** PDF work: the compiled templates loaded first, so that a missing one stops the step before any file is written. */
    private static ToIntBiFunction<ReportStage, ReportRun> withTemplates(Templates templates,
                                                                       ToIntBiFunction<ReportStage, ReportRun> work) {
        return (s, run) -> {
            templates.loadAll();
            return work.applyAsInt(s, run);
        };
    }

    @Bean
    Step writeWorkbooksStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager, ReportStage stage,
                            RunParameters params) {
        return step("writeWorkbooks", jobs, warehouseTransactionManager, stage, params, ReportStage::writeWorkbooks);
    }

    @Bean
    Step writeManifestStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager, ReportStage stage,
                           RunParameters params) {
        return step("writeManifest", jobs, warehouseTransactionManager, stage, params, ReportStage::writeManifest);
    }

    /** A tasklet step over the run's parameters; the files it writes count as its writes. */
    private static Step step(String name, JobRepository jobs, PlatformTransactionManager tm, ReportStage stage,
                             RunParameters params, ToIntBiFunction<ReportStage, ReportRun> work) {
        return new StepBuilder(name, jobs)
                .tasklet((contribution, chunk) -> {
                    ReportRun run = stage.run(params);
                    contribution.incrementWriteCount(work.applyAsInt(stage, run));
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }
}
