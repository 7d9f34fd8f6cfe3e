package dev.ferry.sandbox;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One answer of the sandbox: a status, a JSON body and any extra headers. */
record ApiReply(int status, JsonNode body, Map<String, String> headers) {
    ApiReply {
        headers = Map.copyOf(headers);
    }

    static ApiReply ok(JsonNode body) {
        return new ApiReply(200, body, Map.of());
    }

    static ApiReply created(JsonNode body) {
        return new ApiReply(201, body, Map.of());
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
