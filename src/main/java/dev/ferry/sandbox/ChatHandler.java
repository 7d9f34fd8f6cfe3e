package dev.ferry.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /chat} with a deterministic stand-in for the model: the reply and the tool calls come from
 * {@link ChatRules}, or, with no matching rule, an echo that names the assistant. It proves that a test
 * runner talks to the chat API correctly; it says nothing about how a real assistant behaves. Tools are
 * never run (nothing leaves loopback), and chats are kept in memory only, for {@code previousChatId}.
 */
final class ChatHandler {
    private static final Set<String> ALLOWED = Set.of("assistantId", "assistant", "assistantOverrides", "squadId",
            "squad", "name", "sessionId", "input", "stream", "previousChatId", "transport");

    private final Clock clock;
    private final Supplier<ChatRules> rules;
    private final Map<String, ObjectNode> chats = new ConcurrentHashMap<>();

    /** @param rules read for every chat, so an edited rules file takes effect at once */
    ChatHandler(Clock clock, Supplier<ChatRules> rules) {
        this.clock = clock;
        this.rules = rules;
    }

    ApiReply create(OrgData org, byte[] requestBody) {
        ObjectNode body = Json.readBody(requestBody);
        List<String> unknown = body.propertyNames().stream().filter(name -> !ALLOWED.contains(name))
                .map(name -> "property " + name + " should not exist").toList();
        if (!unknown.isEmpty()) {
            throw ApiError.validation(unknown);
        }
        if (body.path("stream").asBoolean(false)) {
            throw ApiError.badRequest("the Ferry sandbox does not stream chats; send stream: false");
        }
        if (body.has("assistant") || body.has("squad") || body.has("squadId") || body.has("sessionId")
                || body.has("transport")) {
            throw ApiError.badRequest("the Ferry sandbox chats only with a stored assistant (assistantId or "
                    + "previousChatId)");
        }
        String input = userText(body.path("input"));
        ObjectNode previous = null;
        if (body.path("previousChatId").isString()) {
            previous = Optional.ofNullable(chats.get(key(org, body.get("previousChatId").asString())))
                    .orElseThrow(() -> ApiError.notFound("Chat not found"));
        }
        String assistantId = body.path("assistantId").isString() ? body.get("assistantId").asString()
                : previous == null ? null : previous.path("assistantId").asString(null);
        if (assistantId == null) {
            throw ApiError.badRequest("one of assistantId, assistant, squadId, squad, sessionId or previousChatId "
                    + "is required");
        }
        StoredObject assistant = org.find(ApiKind.ASSISTANT, assistantId)
                .orElseThrow(() -> ApiError.notFound("Assistant not found"));
        ObjectNode chat = answer(org, assistant, input, previous);
        chats.put(key(org, chat.get("id").asString()), chat);
        return ApiReply.ok(chat);
    }

    private ObjectNode answer(OrgData org, StoredObject assistant, String input, ObjectNode previous) {
        String name = assistant.body().path("name").asString("the assistant");
        Optional<ChatRules.Rule> rule;
        try {
            rule = rules.get().match(name, input);
        } catch (IllegalArgumentException badRules) {
            throw ApiError.of(500, "sandbox chat rules: " + badRules.getMessage());
        }
        String now = Timestamps.format(Timestamps.now(clock));
        ObjectNode chat = Json.object();
        chat.put("id", UUID.randomUUID().toString());
        chat.put("orgId", org.orgId());
        chat.put("assistantId", assistant.id());
        if (previous != null) {
            chat.put("previousChatId", previous.get("id").asString());
        }
        chat.put("input", input);
        ArrayNode messages = chat.putArray("messages");
        if (previous != null) {
            previous.path("messages").forEach(messages::add);
            previous.path("output").forEach(messages::add);
        }
        messages.addObject().put("role", "user").put("content", input);
        ArrayNode output = chat.putArray("output");
        List<ChatRules.Call> calls = rule.map(ChatRules.Rule::calls).orElse(List.of());
        if (!calls.isEmpty()) {
            ObjectNode asking = output.addObject().put("role", "assistant");
            ArrayNode toolCalls = asking.putArray("tool_calls");
            for (int i = 0; i < calls.size(); i++) {
                String callId = "call_sandbox_" + (i + 1);
                ObjectNode call = toolCalls.addObject().put("id", callId).put("type", "function");
                call.putObject("function").put("name", calls.get(i).name())
                        .put("arguments", calls.get(i).arguments().toString());
                output.addObject().put("role", "tool").put("tool_call_id", callId)
                        .put("content", "(the sandbox does not run tools)");
            }
        }
        String reply = rule.map(ChatRules.Rule::reply).filter(text -> !text.isEmpty())
                .orElse(rule.isPresent() ? "" : name + " (sandbox stand-in) heard: " + input);
        if (!reply.isEmpty()) {
            output.addObject().put("role", "assistant").put("content", reply);
        }
        chat.put("createdAt", now);
        chat.put("updatedAt", now);
        return chat;
    }

    /** The text a user sent: the string, or the content of the last user message of a message array. */
    private static String userText(JsonNode input) {
        if (input.isString()) {
            return input.asString();
        }
        if (input.isArray()) {
            for (int i = input.size() - 1; i >= 0; i--) {
                JsonNode message = input.get(i);
                if ("user".equals(message.path("role").asString("")) && message.path("content").isString()) {
                    return message.get("content").asString();
                }
            }
        }
        throw ApiError.validation(List.of("input must be a string or an array of messages"));
    }

    /** Chats are per org: one org's chat id means nothing in another. */
    private static String key(OrgData org, String chatId) {
        return org.name() + "\u0000" + chatId;
    }
}
