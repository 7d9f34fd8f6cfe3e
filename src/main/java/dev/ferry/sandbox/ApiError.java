package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request the sandbox refuses, answered with the NestJS error body Vapi sends:
 * {@code {"message": ..., "error": <reason phrase>, "statusCode": ...}}. Validation failures carry a
 * list of messages, hand-thrown errors a single string, as on the real API.
 */
final class ApiError extends RuntimeException {
    static final String INVALID_KEY = "Invalid Key. Hot tip, you may be using the private key instead of the"
            + " public key, or vice versa.";

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(404, "Not Found"),
            Map.entry(409, "Conflict"),
            Map.entry(422, "Unprocessable Entity"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"));

    private final int status;
    private final List<String> messages;
    private final boolean listed;

    private ApiError(int status, List<String> messages, boolean listed) {
        super(status + " " + String.join("; ", messages), null, false, false);
        this.status = status;
        this.messages = List.copyOf(messages);
        this.listed = listed;
    }

    static ApiError of(int status, String message) {
        return new ApiError(status, List.of(message), false);
    }

    static ApiError badRequest(String message) {
        return of(400, message);
    }

    /** A validation failure: {@code message} is an array even when it holds one entry. */
    static ApiError validation(List<String> messages) {
        return new ApiError(400, messages, true);
    }

    static ApiError notFound(String message) {
        return of(404, message);
    }

    static ApiError unauthorized() {
        return of(401, INVALID_KEY);
    }

    static ApiError routeNotFound(String method, String rawUrl) {
        return of(404, "Cannot " + method + " " + rawUrl);
    }

    static String reason(int status) {
        return REASONS.getOrDefault(status, "Error");
    }

    /** The error body for any status, with {@code message} a plain string. */
    static ObjectNode body(int status, String message) {
        return of(status, message).body();
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        ObjectNode body = Json.object();
        if (listed) {
            ArrayNode list = body.putArray("message");
            messages.forEach(list::add);
        } else {
            body.put("message", messages.get(0));
        }
        body.put("error", reason(status));
        body.put("statusCode", status);
        return body;
    }

    ApiReply reply() {
        return new ApiReply(status, body(), Map.of());
    }
}
