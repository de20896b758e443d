package io.hqd.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.hqd.run.RunParameters;
import io.hqd.warehouse.Periods;
import picocli.CommandLine.Option;

/**
 * Job parameters shared by the pipeline commands. {@code period} and {@code scope} decide what is
 * computed; {@code run} names the run. The same three values are the same run: a failed run is
 * restarted where it stopped, a finished one is not repeated unless {@code --rerun} asks for it.
 * A period that is not a quarter is refused while parsing (exit code 2); the scope is checked
 * against the catalog by {@link Codes} once the home is known.
 */
public class PeriodOptions {
    @Option(names = "--period", paramLabel = "YYYYQn", converter = PeriodConverter.class,
            description = "报告期，例如 2025Q3。默认：最近一个已结束的季度")
    Periods period;

    @Option(names = "--scope", paramLabel = "区划代码", description = "评价与报表范围（市或县区代码，见 hqd catalog list regions），默认 all：全部")
    String scope = RunParameters.ALL;

    @Option(names = "--rerun", description = "统计人员重新运行同一报告期（生成新的运行编号）")
    boolean rerun;

    public Periods period() {
        return period != null ? period : RunParameters.periodOrDefault(null, LocalDate.now());
    }

    /** Scheduled runs are named by date (one per night); reruns by the second they were asked for. */
    public String runName() {
        return rerun ? io.hqd.run.RunName.rerunKey(LocalDateTime.now()) : io.hqd.run.RunName.routineKey(LocalDate.now());
    }

    /** The run's parameters, the scope checked against the home's catalog and written as the catalog writes it. */
    public RunParameters parameters(Codes codes, String inbox) {
        return new RunParameters(period(), codes.scope(scope), runName(), inbox);
    }

    /** "2026Q3", "2026q3": a quarter; anything else is a usage error in Chinese. */
    public static final class PeriodConverter implements picocli.CommandLine.ITypeConverter<Periods> {
        @Override
        public Periods convert(String value) {
            try {
                return Periods.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
