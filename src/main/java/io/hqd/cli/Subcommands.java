package io.hqd.cli;

import java.util.List;

/** Every hqd subcommand, in the order {@code hqd --help} lists them. */
final class Subcommands {
    private Subcommands() {
    }

    static List<Object> all() {
        return List.of(
                new InitCommand(),
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
                new BackupCommand(),
                new RestoreCommand(),
                new BenchCommand(),
                new ExportCommand(),
                new ServeCommand(),
                new UserCommand()
        );
    }
}
