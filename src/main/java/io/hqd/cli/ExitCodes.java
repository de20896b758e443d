package io.hqd.cli;

/** Exit codes of every hqd command, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A job failed; its run can be restarted with {@code hqd restart}. */
    public static final int JOB_FAILED = 1;
    /** Wrong command line (picocli's own code). */
    public static final int USAGE = 2;
    /** The environment is not usable: warehouse held by another process, catalog invalid, no Java 21+. */
    public static final int ENVIRONMENT = 3;
    /** The run finished, but at least one submitted file was rejected (see its receipt). */
    public static final int FILES_REJECTED = 4;

    private ExitCodes() {
    }
}
