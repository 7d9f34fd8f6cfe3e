package dev.ferry.sandbox.load;

import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an assistant kept the way Vapi's gitops tool keeps it: YAML front matter between
 * {@code ---} lines, then the system prompt as the Markdown body, which becomes
 * {@code model.messages[0]}.
 */
final class MarkdownAssistant {
    private MarkdownAssistant() {}

    static Optional<ObjectNode> parse(String text, String file) throws YamlException {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!normalized.startsWith("---\n") && !normalized.startsWith("---\r\n")) {
            return Optional.empty();
        }
        int start = normalized.indexOf('\n') + 1;
        int end = normalized.indexOf("\n---", start);
        if (end < 0) {
            return Optional.empty();
        }
        String front = normalized.substring(start, end + 1);
        int bodyStart = normalized.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
        JsonNode root = YamlReader.read(front.getBytes(StandardCharsets.UTF_8), file).root();
        if (!(root instanceof ObjectNode assistant)) {
            return Optional.empty();
        }
        String prompt = body.strip();
        if (!prompt.isEmpty()) {
            ObjectNode model = assistant.has("model") ? (ObjectNode) assistant.get("model") : assistant.putObject("model");
            ArrayNode messages = model.has("messages") ? (ArrayNode) model.get("messages") : model.putArray("messages");
            ObjectNode system = messages.objectNode();
            system.put("role", "system");
            system.put("content", prompt);
            messages.insert(0, system);
        }
        return Optional.of(assistant);
    }
}
