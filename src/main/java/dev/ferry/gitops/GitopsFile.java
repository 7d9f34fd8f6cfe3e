package dev.ferry.gitops;

import dev.ferry.config.Finding;
import dev.ferry.render.Target;
import dev.ferry.yaml.Position;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one gitops resource file into the Vapi payload it stands for: a YAML (or JSON) file as it
 * is, a Markdown assistant as its front matter with the body as the system prompt
 * ({@code model.messages[0]}), the way gitops sends it. A file that cannot be read gives a finding
 * whose line is the line in the file, front matter included.
 */
final class GitopsFile {
    private GitopsFile() {}

    /** The payload, or a finding saying where the file is broken. */
    record Read(Optional<ObjectNode> body, Optional<Finding> problem) {
        static Read of(ObjectNode body) {
            return new Read(Optional.of(body), Optional.empty());
        }

        static Read broken(String file, Position position, String message, String rule) {
            return new Read(Optional.empty(), Optional.of(Finding.error(file, position, "", message, rule)));
        }
    }

    static Read read(byte[] bytes, String file, Target target) {
        if (file.endsWith(".md")) {
            return markdown(new String(bytes, StandardCharsets.UTF_8), file);
        }
        try {
            JsonNode root = YamlReader.read(bytes, file).root();
            if (root instanceof ObjectNode object) {
                return Read.of(object);
            }
            return Read.broken(file, Position.START, "a gitops " + target.spelling() + " file holds one mapping "
                    + "of fields; this one holds something else", "document-shape");
        } catch (YamlException e) {
            return Read.broken(file, e.position(), e.getMessage(), e.ruleId());
        }
    }

    private static Read markdown(String text, String file) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!content.startsWith("---\n") && !content.startsWith("---\r\n")) {
            return Read.broken(file, Position.START, "a Markdown assistant starts with YAML front matter between "
                    + "'---' lines", "gitops-markdown");
        }
        int start = content.indexOf('\n') + 1;
        int end = closingLine(content, start);
        if (end < 0) {
            return Read.broken(file, Position.START, "the front matter that starts here has no closing '---' line",
                    "gitops-markdown");
        }
        String front = content.substring(start, end);
        int bodyStart = content.indexOf('\n', end);
        String body = bodyStart < 0 ? "" : content.substring(bodyStart + 1);
        try {
            JsonNode root = YamlReader.read(front.getBytes(StandardCharsets.UTF_8), file).root();
            if (!(root instanceof ObjectNode assistant)) {
                return Read.broken(file, new Position(2, 1), "the front matter holds no mapping of fields",
                        "document-shape");
            }
            addPrompt(assistant, body.strip());
            return Read.of(assistant);
        } catch (YamlException e) {
            // The front matter starts on line 2 of the file.
            Position at = e.position();
            return Read.broken(file, new Position(at.line() + 1, at.column()), e.getMessage(), e.ruleId());
        }
    }

    /** The offset where the closing {@code ---} line starts, or -1. */
    private static int closingLine(String content, int from) {
        int at = from;
        while (at < content.length()) {
            int next = content.indexOf('\n', at);
            String line = (next < 0 ? content.substring(at) : content.substring(at, next)).stripTrailing();
            if (line.equals("---")) {
                return at;
            }
            if (next < 0) {
                return -1;
            }
            at = next + 1;
        }
        return -1;
    }

    private static void addPrompt(ObjectNode assistant, String prompt) {
        if (prompt.isEmpty()) {
            return;
        }
        ObjectNode model = assistant.get("model") instanceof ObjectNode existing ? existing
                : assistant.putObject("model");
        ArrayNode messages = model.get("messages") instanceof ArrayNode existing ? existing
                : model.putArray("messages");
        ObjectNode system = messages.objectNode();
        system.put("role", "system");
        system.put("content", prompt);
        messages.insert(0, system);
    }
}
