package dev.ferry.vapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads response bodies as JSON trees without ever letting a parser stack trace reach the user, and pulls
 * the human part out of Vapi's NestJS error shape, whose {@code message} is a string or a list of strings.
 */
final class JsonBody {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_MESSAGE_CHARS = 1_000;

    private JsonBody() {}

    /** The parsed body, or empty when it is blank, an HTML page or not JSON at all. */
    static Optional<JsonNode> parse(ApiResponse response) {
        if (response.isBlank() || response.isHtml()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(response.raw()));
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }

    /** Why {@link #parse} found no JSON, phrased to follow "the answer was". */
    static String problem(ApiResponse response) {
        if (response.isBlank()) {
            return "an empty body";
        }
        if (response.isHtml()) {
            return "an HTML page instead of JSON (a proxy or gateway error page?)";
        }
        return "malformed JSON";
    }

    /** Vapi's {@code message}, arrays joined with "; ", else the {@code error} phrase, else empty. */
    static String serverMessage(ApiResponse response) {
        Optional<JsonNode> json = parse(response);
        if (json.isEmpty() || !json.get().isObject()) {
            return "";
        }
        JsonNode message = json.get().path("message");
        String text;
        if (message.isArray()) {
            List<String> parts = new ArrayList<>();
            message.forEach(part -> parts.add(part.isString() ? part.stringValue() : part.toString()));
            text = String.join("; ", parts);
        } else if (message.isString()) {
            text = message.stringValue();
        } else {
            text = json.get().path("error").asString("");
        }
        return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "…" : text;
    }
}
