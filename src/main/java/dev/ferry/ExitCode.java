package dev.ferry;

/** Process exit codes shared by every command (design section 11). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int INVALID_CONFIG = 3;
    public static final int DIFFERENCES = 4;
    public static final int REFUSED = 5;
    public static final int TESTS_FAILED = 6;
    public static final int PARTIAL_APPLY = 7;

    private ExitCode() {}
}
