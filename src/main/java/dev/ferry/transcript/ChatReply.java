package dev.ferry.transcript;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one chat turn answered, read from Vapi's {@code Chat} object: its id (which the next turn continues),
 * the text of the assistant messages in {@code output}, and the tool calls they made.
 */
record ChatReply(String chatId, String text, List<ToolCall> toolCalls) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ChatReply {
        toolCalls = List.copyOf(toolCalls);
    }

    /** A call the assistant made; {@code arguments} is empty when the API sent no parseable JSON object. */
    record ToolCall(String name, JsonNode arguments) {}

    static ChatReply from(ObjectNode chat) {
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode message : chat.path("output")) {
            if (!"assistant".equals(message.path("role").asString(""))) {
                continue;
            }
            String content = message.path("content").asString("");
            if (!content.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(content);
            }
            for (JsonNode call : message.path("tool_calls")) {
                JsonNode function = call.path("function");
                calls.add(new ToolCall(function.path("name").asString(""), arguments(function.path("arguments"))));
            }
        }
        return new ChatReply(chat.path("id").asString(""), text.toString(), calls);
    }

    /** Vapi sends arguments as a JSON string, as OpenAI does; an object is taken as it is. */
    private static JsonNode arguments(JsonNode raw) {
        if (raw.isObject()) {
            return raw;
        }
        if (raw.isString()) {
            try {
                JsonNode parsed = JSON.readTree(raw.asString());
                if (parsed != null && parsed.isObject()) {
                    return parsed;
                }
            } catch (JacksonException notJson) {
                // Reported below as "no arguments" when a test asks for some.
            }
        }
        return JSON.createObjectNode();
    }
}
