package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.progress.Progress;
import io.hqd.run.RunHistoryListener;
import io.hqd.run.RunParameters;
import io.hqd.warehouse.DataTests;
import io.hqd.warehouse.Periods;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
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

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The evaluate job: reference data → indicator values (the period, and every earlier period with data whose
 * inputs changed since its figures were computed, for trends) → target evaluations for the period → the warehouse's data tests. Each step replaces
 * its rows in one transaction, so a rerun with the same period and scope gives the same marts.
 */
@Configuration
public class EvaluateJobConfig {
    private static final Logger log = LoggerFactory.getLogger(EvaluateJobConfig.class);

    @Bean
    Job evaluateJob(JobRepository jobs, RunHistoryListener history,
                    @Qualifier("refreshReferenceStep") Step refreshReference,
                    Step computeIndicatorsStep, Step evaluateTargetsStep, Step warehouseTestsStep) {
        return new JobBuilder("evaluateJob", jobs)
                .listener(history)
                .start(refreshReference)
                .next(computeIndicatorsStep)
                .next(evaluateTargetsStep)
                .next(warehouseTestsStep)
                .build();
    }

    @Bean
    Step computeIndicatorsStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager,
                               DSLContext dsl, Catalog catalog, RunParameters params, Clock clock) {
        return new StepBuilder("computeIndicators", jobs)
                .tasklet((contribution, chunk) -> {
                    FigureRefresh.Outcome done = new FigureRefresh(dsl, catalog, clock, log::info)
                            .run(params.period(), params.scopeRegion(), params.run());
                    contribution.incrementWriteCount(done.rows());
                    // The run history says which periods were recomputed and which kept their figures.
                    contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(done.words()));
                    log.info("计算指标：{}", done.words());
                    return RepeatStatus.FINISHED;
                }, warehouseTransactionManager)
                .build();
    }

    @Bean
    Step evaluateTargetsStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager,
                             DSLContext dsl, Catalog catalog, RunParameters params, Clock clock) {
        return new StepBuilder("evaluateTargets", jobs)
                .tasklet((contribution, chunk) -> {
                    Periods period = params.period();
                    String run = params.run();
                    OrgUnits org = OrgUnits.load(dsl);
                    Set<String> scope = RunScope.entityCodes(org, params.scopeRegion(), org.hospitalsOn(period.end()));
                    Progress progress = new Progress("评价目标", "个目标", catalog.targets().size(), clock, log::info);
                    // Only the years the targets read (CubeYears), not the warehouse's whole history.
                    ValueCube cube = ValueCube.load(dsl, CubeYears.forTargets(catalog, period));
                    var rows = RunScope.keep(new Evaluator(catalog, org, cube).evaluate(period, progress::step),
                            scope, EvaluationRow::entityCode);
                    new EvaluationStore(dsl).replaceEvaluations(period, scope, rows, run);
                    new io.hqd.evaluate.milestone.MilestoneMart(dsl).refresh(catalog, org, period, run, scope);
                    contribution.incrementWriteCount(rows.size());
                    progress.finish("写入 " + rows.size() + " 条评价");
                    return RepeatStatus.FINISHED;
                }, warehouseTransactionManager)
                .build();
    }

    @Bean
    Step warehouseTestsStep(JobRepository jobs, PlatformTransactionManager warehouseTransactionManager, DSLContext dsl) {
        return new StepBuilder("warehouseTests", jobs)
                .tasklet((contribution, chunk) -> {
                    DataTests.Result result = DataTests.run(dsl);
                    for (int i = 0; i < result.testsRun(); i++) {
                        contribution.incrementReadCount();
                    }
                    if (!result.failures().isEmpty()) {
                        throw new IllegalStateException("数据仓库校验未通过：" + String.join("；", result.failures()));
                    }
                    return RepeatStatus.FINISHED;
                }, warehouseTransactionManager)
                .build();
    }
}
