package io.hqd.run;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.hqd.warehouse.Periods;

/** The run's parameters as one step-scoped bean, late-bound from the job parameters (Spring Batch samples' shape). */
@Configuration
public class RunParametersConfig {

    @Bean
    @StepScope
    RunParameters runParameters(@Value("#{jobParameters['period']}") String period,
                                @Value("#{jobParameters['scope']}") String scope,
                                @Value("#{jobParameters['run']}") String run,
                                @Value("#{jobParameters['inbox']}") String inbox,
                                @Value("#{jobParameters['hospital']}") String hospital,
                                @Value("#{stepExecution}") StepExecution step,
                                Clock clock) {
        Periods p = RunParameters.periodOrDefault(period, LocalDate.now(clock));
        return new RunParameters(p, scope, run == null ? RunParameters.of(step.getJobExecution()).run() : run, inbox,
                hospital);
    }
}
