package dev.ferry.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks one reply against one turn's expectations and says, for each that is not met, why, in words a
 * reader of the report can act on. An empty list means the turn passed.
 */
final class TurnCheck {
    private static final int SHOWN_REPLY_CHARS = 160;

    private final Set<String> endCallNames;

    /** @param endCallNames the function names that end a call: Vapi's own and the repo's endCall tools */
    TurnCheck(Set<String> endCallNames) {
        this.endCallNames = Set.copyOf(endCallNames);
    }

    List<String> problems(Expectation expect, ChatReply reply) {
        List<String> problems = new ArrayList<>();
        String lower = reply.text().toLowerCase(Locale.ROOT);
        for (String text : expect.contains()) {
            if (!lower.contains(text.toLowerCase(Locale.ROOT))) {
                problems.add("reply does not contain \"" + text + "\"; the reply was " + shown(reply.text()));
            }
        }
        expect.matchesPattern().ifPresent(regex -> {
            if (!Pattern.compile(regex).matcher(reply.text()).find()) {
                problems.add("reply does not match /" + regex + "/; the reply was " + shown(reply.text()));
            }
        });
        for (Expectation.ExpectedCall call : expect.toolCalls()) {
            problem(call, reply.toolCalls()).ifPresent(problems::add);
        }
        if (expect.ended() != null) {
            boolean ended = reply.toolCalls().stream().anyMatch(call -> endCallNames.contains(call.name()));
            if (expect.ended() && !ended) {
                problems.add("the call did not end: no call to " + String.join(" or ", sorted(endCallNames))
                        + "; calls made: " + names(reply.toolCalls()));
            } else if (!expect.ended() && ended) {
                problems.add("the call ended, but this turn expects it to go on");
            }
        }
        return problems;
    }

    private static Optional<String> problem(Expectation.ExpectedCall expected,
            List<ChatReply.ToolCall> calls) {
        List<ChatReply.ToolCall> named = calls.stream().filter(call -> call.name().equals(expected.name())).toList();
        if (named.isEmpty()) {
            return Optional.of("no call to " + expected.name() + "; calls made: " + names(calls));
        }
        if (expected.arguments() == null || named.stream().anyMatch(call -> contains(call.arguments(),
                expected.arguments()))) {
            return Optional.empty();
        }
        return Optional.of(expected.name() + " was called, but not with " + expected.arguments().toString()
                + "; it was called with " + named.stream().map(call -> call.arguments().toString())
                        .collect(Collectors.joining(" and ")));
    }

    /** Whether {@code actual} holds every key of {@code expected}, objects compared key by key, numbers by value. */
    static boolean contains(JsonNode actual, JsonNode expected) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (var property : expected.properties()) {
                JsonNode value = actual.get(property.getKey());
                if (value == null || !contains(value, property.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static String names(List<ChatReply.ToolCall> calls) {
        return calls.isEmpty() ? "none"
                : calls.stream().map(ChatReply.ToolCall::name).collect(Collectors.joining(", "));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    static String shown(String reply) {
        if (reply.isBlank()) {
            return "empty";
        }
        String flat = reply.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > SHOWN_REPLY_CHARS ? flat.substring(0, SHOWN_REPLY_CHARS) + "…" : flat) + "\"";
    }
}
