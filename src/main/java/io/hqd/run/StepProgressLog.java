package io.hqd.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * One plain line when each step starts and ends, in the console and the log file: what cron mails and
 * what an admin reads the morning after. Registered on every step bean, so stages need not know of it.
 */
@Component
public class StepProgressLog implements BeanPostProcessor, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(StepProgressLog.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeStep(StepExecution s) {
        log.info("开始：{}（步骤 {}）", RunLabels.step(s.getStepName()), s.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution s) {
        log.info("结束：{} {}，读取 {}，写入 {}", RunLabels.step(s.getStepName()), RunLabels.status(s.getStatus()),
                s.getReadCount(), s.getWriteCount());
        return null;
    }
}
