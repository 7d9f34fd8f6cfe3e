package dev.ferry.gitops;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives every assistant's system prompt its own {@code prompts/<slug>.md}, as gitops kept it in the
 * assistant's Markdown body: {@code model.messages[0]} becomes {@code systemPromptRef}, which
 * render reads back byte for byte. A prompt already in a file, one with a param in it, or one
 * followed by a second system message (render would put it first) stays where it is.
 */
final class PromptFiles {
    private PromptFiles() {}

    /** Moves the prompt of one assistant spec into {@code files}, if it has one that can move. */
    static void extract(ObjectNode spec, String slug, Map<String, byte[]> files) {
        if (spec.has("systemPromptRef") || !(spec.path("model").path("messages") instanceof ArrayNode messages)
                || messages.isEmpty()) {
            return;
        }
        JsonNode first = messages.get(0);
        boolean plainSystem = first.isObject() && first.size() == 2 && "system".equals(first.path("role").asString(""))
                && first.path("content").isString();
        boolean secondSystem = messages.size() > 1 && "system".equals(messages.get(1).path("role").asString(""));
        String path = "prompts/" + slug + ".md";
        if (!plainSystem || secondSystem || files.containsKey(path)
                || first.get("content").asString().contains("${")) {
            return;
        }
        files.put(path, first.get("content").asString().getBytes(StandardCharsets.UTF_8));
        spec.put("systemPromptRef", path);
        messages.remove(0);
        if (messages.isEmpty()) {
            ((ObjectNode) spec.get("model")).remove("messages");
        }
    }
}
