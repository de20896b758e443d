package io.hqd.cli;

import java.util.List;

/** Every hqd subcommand, in the order {@code hqd --help} lists them. */
final class Subcommands {
    private Subcommands() {
    }

    static List<Object> all() {
        return List.of(
                new DemoCommand(),
                new NightlyCommand(),
                new IngestCommand(),
                new TemplateCommand(),
                new AcceptWarningCommand(),
                new EvaluateCommand(),
                new ReportCommand(),
                new CatalogCommand(),
                new RunsCommand(),
                new LockCommand(),
                new TraceCommand(),
                new RestartCommand(),
                new ScheduleCommand(),
                new BenchCommand(),
                new ServeCommand(),
                new UserCommand()
        );
    }
}
