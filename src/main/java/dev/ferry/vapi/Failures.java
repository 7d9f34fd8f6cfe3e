package dev.ferry.vapi;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Locale;

/**
 * Writes every message the client raises, so they share one shape: the environment, the request, the
 * status and the server's words, then what to do. Every message goes through the {@link Redactor}.
 */
final class Failures {
    static final String NOT_RESENT = "it may or may not have taken effect, so it was not resent; "
            + "look the object up (after a create: list by name) before trying again";

    private final VapiEndpoint endpoint;
    private final Redactor redactor;

    Failures(VapiEndpoint endpoint, Redactor redactor) {
        this.endpoint = endpoint;
        this.redactor = redactor;
    }

    /**
     * A chat turn whose outcome is unknown, worded for a conversation rather than for an object: no id to
     * look up, but the turn (and the tools it called) may have run.
     */
    VapiException chatUnanswered(VapiOutcomeUnknownException unknown) {
        String message = unknown.getMessage().replace(NOT_RESENT, "the turn may have run, tools included, so it "
                + "was not resent");
        return new VapiException(unknown.environment(), unknown.status(), unknown.serverMessage(), message,
                unknown.getCause());
    }

    /** A final error answer that no retry can change: a 3xx, or a 4xx other than 429. */
    VapiException rejected(VapiRequest request, ApiResponse response) {
        String env = endpoint.environment();
        if (response.status() == 401) {
            return failure(response, env + ": the API refused the token (401 Unauthorized); check the token "
                    + "reference for environment '" + env + "'");
        }
        if (response.isRedirect()) {
            return failure(response, prefix(request) + ": " + statusLine(response) + ": the API redirected to '"
                    + response.location() + "'; set the api URL of environment '" + env + "' to the final address");
        }
        return failure(response, prefix(request) + ": " + statusLine(response) + detail(response));
    }

    /** A successful read whose body cannot be used. */
    VapiException unreadable(VapiRequest request, ApiResponse response, String what) {
        return failure(response, prefix(request) + ": " + statusLine(response) + " but the answer was " + what);
    }

    VapiException gaveUp(VapiRequest request, int attempts, Duration elapsed, ApiResponse last) {
        return failure(last, prefix(request) + ": gave up after " + attempts + " attempts in " + seconds(elapsed)
                + "; the last answer was " + statusLine(last) + detail(last));
    }

    VapiException gaveUp(VapiRequest request, int attempts, Duration elapsed, IOException last) {
        return new VapiException(endpoint.environment(), VapiException.NO_STATUS, "",
                redactor.redactText(prefix(request) + ": gave up after " + attempts + " attempts in "
                        + seconds(elapsed) + "; the last attempt failed: " + describe(last)),
                last);
    }

    VapiException waitTooLong(VapiRequest request, ApiResponse response, Duration wait, Duration budget) {
        return failure(response, prefix(request) + ": " + statusLine(response) + ": the server asked to wait "
                + seconds(wait) + " (Retry-After), beyond the retry budget of " + seconds(budget));
    }

    VapiOutcomeUnknownException unknownAfterAnswer(VapiRequest request, ApiResponse response) {
        String message = prefix(request) + ": " + statusLine(response) + detail(response) + "; " + NOT_RESENT;
        return new VapiOutcomeUnknownException(endpoint.environment(), response.status(),
                redactor.redactText(JsonBody.serverMessage(response)), redactor.redactText(message), null);
    }

    VapiOutcomeUnknownException unknownAfterUnreadable(VapiRequest request, ApiResponse response, String what) {
        String message = prefix(request) + ": the server answered " + statusLine(response) + " but the answer was "
                + what + ", so Ferry does not know what it stored; " + NOT_RESENT;
        return new VapiOutcomeUnknownException(endpoint.environment(), response.status(), "",
                redactor.redactText(message), null);
    }

    VapiOutcomeUnknownException unknownAfterFailure(VapiRequest request, IOException failure) {
        String message = prefix(request) + ": " + describe(failure) + " after the request was sent; " + NOT_RESENT;
        return new VapiOutcomeUnknownException(endpoint.environment(), VapiException.NO_STATUS, "",
                redactor.redactText(message), failure);
    }

    VapiException notConnected(VapiRequest request, ConnectException failure) {
        return new VapiException(endpoint.environment(), VapiException.NO_STATUS, "",
                redactor.redactText(prefix(request) + ": could not connect to " + endpoint.baseUrl() + " ("
                        + failure.getMessage() + "); nothing was sent"),
                failure);
    }

    VapiException interrupted(VapiRequest request, InterruptedException cause) {
        return new VapiException(endpoint.environment(), VapiException.NO_STATUS, "",
                prefix(request) + ": interrupted before it finished", cause);
    }

    /** A list that could not be read to its end; no partial list is ever returned. */
    VapiException incomplete(VapiRequest request, String why) {
        return new VapiException(endpoint.environment(), VapiException.NO_STATUS, "",
                redactor.redactText(prefix(request) + ": cannot read the whole list: " + why), null);
    }

    private VapiException failure(ApiResponse response, String message) {
        return new VapiException(endpoint.environment(), response.status(),
                redactor.redactText(JsonBody.serverMessage(response)), redactor.redactText(message), null);
    }

    private String prefix(VapiRequest request) {
        return endpoint.environment() + ": " + request.method() + " " + request.path();
    }

    private static String detail(ApiResponse response) {
        String message = JsonBody.serverMessage(response);
        if (!message.isEmpty()) {
            return ": " + message;
        }
        return JsonBody.parse(response).isPresent() ? "" : " and the answer was " + JsonBody.problem(response);
    }

    static String statusLine(ApiResponse response) {
        String phrase = switch (response.status()) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> response.reason();
        };
        return phrase.isBlank() ? Integer.toString(response.status()) : response.status() + " " + phrase;
    }

    private static String describe(IOException failure) {
        if (failure instanceof InterruptedIOException) {
            return "timed out waiting for the server";
        }
        String detail = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return "the connection failed (" + (detail == null ? kind : kind + ": " + detail) + ")";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000d);
    }
}
