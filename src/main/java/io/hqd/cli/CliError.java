package io.hqd.cli;

/**
 * An expected problem a command reports in one Chinese sentence with its documented exit code, never
 * with a stack trace: a typo on the command line (2) or an environment hqd cannot work in (3).
 */
public class CliError extends RuntimeException {
    private final int exitCode;

    private CliError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Wrong command line: unknown code, missing folder, not a home (exit code 2). */
    public static CliError usage(String message) {
        return new CliError(ExitCodes.USAGE, message);
    }

    /** Environment: read-only home, unreadable registry, warehouse in use (exit code 3). */
    public static CliError environment(String message) {
        return new CliError(ExitCodes.ENVIRONMENT, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
