package dev.ferry.vapi;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;

/**
 * A Vapi request that failed for good: the API refused it, answered something unreadable, or could not be
 * reached within the retry budget. The message is complete for a user (environment, request, status and
 * the server's own words) and has passed the {@link Redactor}. Open so that
 * {@link VapiOutcomeUnknownException} can single out writes whose effect is unknown.
 */
public class VapiException extends FerryException {
    /** The status for failures that got no HTTP answer at all. */
    public static final int NO_STATUS = 0;

    private final String environment;
    private final int status;
    private final String serverMessage;

    VapiException(String environment, int status, String serverMessage, String message, Throwable cause) {
        super(ExitCode.ERROR, message, cause);
        this.environment = environment;
        this.status = status;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
    }

    public String environment() {
        return environment;
    }

    /** The HTTP status of the last answer, or {@link #NO_STATUS} when none came. */
    public int status() {
        return status;
    }

    /** The server's {@code message}, arrays joined with "; ", redacted; empty when it sent none. */
    public String serverMessage() {
        return serverMessage;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
