package dev.ferry.vapi;

/**
 * A write that may have taken effect although Ferry holds no answer saying what it made: the connection
 * failed or timed out after the request left, the server answered 5xx, or it answered 2xx with a body that
 * could not be read. The client never resends such a write; the caller looks the object up (for a create,
 * by listing by name) before deciding to try again (pitfalls B07 and B11).
 */
public final class VapiOutcomeUnknownException extends VapiException {

    VapiOutcomeUnknownException(String environment, int status, String serverMessage, String message,
            Throwable cause) {
        super(environment, status, serverMessage, message, cause);
    }
}
