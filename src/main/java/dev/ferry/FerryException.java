package dev.ferry;

/**
 * The one exception that reaches the command line: it carries the message a user reads and the
 * exit code of design section 11. Library exceptions are translated into it at the adapter edge.
 */
public class FerryException extends RuntimeException {
    private final int exitCode;

    public FerryException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public FerryException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
