package io.hqd.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.batch.core.job.parameters.JobParameters;

import io.hqd.run.Pipeline;
import io.hqd.warehouse.Periods;
import picocli.CommandLine.Option;

/**
 * Job parameters shared by the pipeline commands. {@code period} and {@code scope} decide what is
 * computed; {@code run} names the run. The same three values are the same run: a failed run is
 * restarted where it stopped, a finished one is not repeated unless {@code --rerun} asks for it.
 */
public class PeriodOptions {
    @Option(names = "--period", paramLabel = "YYYYQn", description = "报告期，例如 2025Q3。默认：最近一个已结束的季度")
    String period;

    @Option(names = "--scope", paramLabel = "区划代码", description = "评价与报表范围（市或县区代码），默认 all：全部")
    String scope = "all";

    @Option(names = "--rerun", description = "统计人员重新运行同一报告期（生成新的运行编号）")
    boolean rerun;

    public Periods period() {
        return period == null ? Periods.latestComplete(LocalDate.now()) : Periods.parse(period);
    }

    /** Scheduled runs are named by date (one per night); reruns by the minute they were asked for. */
    public String runName() {
        return rerun ? "R" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                : "N" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    public JobParameters jobParameters() {
        return Pipeline.parameters()
                .addString("period", period().code())
                .addString("scope", scope)
                .addString("run", runName())
                .toJobParameters();
    }
}
