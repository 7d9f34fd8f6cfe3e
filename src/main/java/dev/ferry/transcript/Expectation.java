package dev.ferry.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What one reply must show: text it contains (ignoring case), a regular expression it matches, tool calls
 * it makes (by function name, with at least the given arguments), and whether the assistant ended the call.
 * An absent expectation is not checked.
 */
record Expectation(List<String> contains, String matches, List<ExpectedCall> toolCalls, Boolean ended) {
    Expectation {
        contains = List.copyOf(contains);
        toolCalls = List.copyOf(toolCalls);
    }

    /** A tool call the reply must include. */
    record ExpectedCall(String name, JsonNode arguments) {}

    Optional<String> matchesPattern() {
        return Optional.ofNullable(matches);
    }

    static Expectation parse(JsonNode expect) {
        List<String> contains = new ArrayList<>();
        JsonNode text = expect.path("replyContains");
        if (text.isString()) {
            contains.add(text.asString());
        } else {
            text.forEach(item -> contains.add(item.asString()));
        }
        List<ExpectedCall> calls = new ArrayList<>();
        expect.path("toolCalls").forEach(call -> calls.add(new ExpectedCall(call.path("name").asString(),
                call.has("arguments") ? call.get("arguments") : null)));
        String matches = expect.path("replyMatches").isString() ? expect.get("replyMatches").asString() : null;
        Boolean ended = expect.path("ended").isBoolean() ? expect.get("ended").asBoolean() : null;
        return new Expectation(contains, matches, calls, ended);
    }
}
