package dev.ferry.sandbox;

import dev.ferry.yaml.YamlDocument;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * The scripted replies of the sandbox's stand-in chat model, read from {@code chat-rules.yaml}: the first rule
 * whose {@code when} pattern is found in the user's text (and whose {@code assistant}, if given, is the
 * assistant's name) decides the reply text and the tool calls. docs/sandbox.md describes the file.
 */
final class ChatRules {
    static final String FILE = "chat-rules.yaml";

    /** One rule; {@code reply} may be empty when the rule only calls tools. */
    record Rule(String assistant, Pattern when, String reply, List<Call> calls) {}

    /** A tool call a rule makes, its arguments as a JSON object. */
    record Call(String name, JsonNode arguments) {}

    private final List<Rule> rules;

    private ChatRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static ChatRules none() {
        return new ChatRules(List.of());
    }

    /**
     * The rules in {@code file}; none when it does not exist. Read on every chat, so that editing the file
     * takes effect without restarting the sandbox.
     *
     * @throws IllegalArgumentException naming the file, line and field of a rule that cannot be used
     */
    static ChatRules read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return none();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        YamlDocument yaml;
        try {
            yaml = YamlReader.read(bytes, file.toString());
        } catch (YamlException e) {
            throw new IllegalArgumentException(file + ":" + e.position().line() + ":" + e.position().column() + ": "
                    + e.getMessage());
        }
        JsonNode list = yaml.root().path("rules");
        if (!list.isArray()) {
            throw new IllegalArgumentException(file + ":1:1: rules: must be a list of rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rules.add(rule(file, yaml, i, list.get(i)));
        }
        return new ChatRules(rules);
    }

    Optional<Rule> match(String assistantName, String userText) {
        return rules.stream()
                .filter(rule -> rule.assistant() == null || rule.assistant().equals(assistantName))
                .filter(rule -> rule.when().matcher(userText).find())
                .findFirst();
    }

    private static Rule rule(Path file, YamlDocument yaml, int index, JsonNode node) {
        String pointer = "/rules/" + index;
        JsonNode when = node.path("when");
        if (!when.isString()) {
            throw invalid(file, yaml, pointer, "rules[" + index + "].when", "a regular expression is required");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(when.asString());
        } catch (PatternSyntaxException e) {
            throw invalid(file, yaml, pointer + "/when", "rules[" + index + "].when", "not a valid regular "
                    + "expression: " + e.getDescription());
        }
        List<Call> calls = new ArrayList<>();
        JsonNode toolCalls = node.path("toolCalls");
        for (int c = 0; c < toolCalls.size(); c++) {
            JsonNode call = toolCalls.get(c);
            if (!call.path("name").isString()) {
                throw invalid(file, yaml, pointer + "/toolCalls/" + c, "rules[" + index + "].toolCalls[" + c
                        + "].name", "a function name is required");
            }
            JsonNode arguments = call.has("arguments") ? call.get("arguments") : Json.object();
            calls.add(new Call(call.get("name").asString(), arguments));
        }
        String assistant = node.path("assistant").isString() ? node.get("assistant").asString() : null;
        return new Rule(assistant, pattern, node.path("reply").asString(""), calls);
    }

    private static IllegalArgumentException invalid(Path file, YamlDocument yaml, String pointer, String field,
            String message) {
        var at = yaml.sourceMap().valueAt(pointer);
        return new IllegalArgumentException(file + ":" + at.line() + ":" + at.column() + ": " + field + ": " + message);
    }
}
