package io.hqd.cli;

import java.io.PrintStream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Prints a job's outcome for a person and turns it into an exit code. */
final class JobCommandSupport {
    private JobCommandSupport() {
    }

    static int report(JobExecution execution, PrintStream out) {
        out.printf("运行编号 %d（%s）：%s%n", execution.getId(), execution.getJobInstance().getJobName(),
                statusText(execution.getStatus()));
        for (StepExecution s : execution.getStepExecutions()) {
            out.printf("  步骤 %-28s %s  读取 %d  写入 %d  跳过 %d%n", s.getStepName(), statusText(s.getStatus()),
                    s.getReadCount(), s.getWriteCount(), s.getSkipCount());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e ->
                    out.println("  失败原因：" + HqdCommand.rootMessage(e)));
            out.println("  可用 hqd restart 从失败的步骤继续。");
            return ExitCodes.JOB_FAILED;
        }
        int rejected = execution.getExecutionContext().getInt("hqd.rejected", 0);
        if (rejected > 0) {
            out.printf("  有 %d 个文件被退回，详见回执目录。%n", rejected);
            return ExitCodes.FILES_REJECTED;
        }
        return ExitCodes.OK;
    }

    static String statusText(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "完成";
            case FAILED -> "失败";
            case STARTED, STARTING -> "运行中";
            case STOPPED, STOPPING -> "已停止";
            case ABANDONED -> "已放弃";
            default -> status.name();
        };
    }
}
