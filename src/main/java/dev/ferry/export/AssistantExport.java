package dev.ferry.export;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.config.Kind;
import dev.ferry.config.RepoPaths;
import dev.ferry.render.Target;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inverse of AssistantRenderer: a long system prompt goes to {@code prompts/<slug>.md},
 * {@code model.toolIds} become {@code tools} and {@code knowledge} refs,
 * {@code artifactPlan.structuredOutputIds} {@code structuredOutputs} refs, and a Ferry-style
 * {@code server.credentialId} an {@code authRef}. Ids of objects that are not exported stay in
 * their Vapi field as {@code unresolved:<id>}.
 */
final class AssistantExport {
    /** Prompts longer than this many lines get a file of their own. */
    static final int PROMPT_FILE_LINES = 20;

    private AssistantExport() {}

    static ObjectNode spec(ObjectNode body, Identity self, ExportContext context) {
        if (body.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove(Canonicalizer.LABELS_KEY);
            if (metadata.isEmpty()) {
                body.remove("metadata");
            }
        }
        extractPrompt(body, self, context);
        context.applyParams(body, self.file());
        if (body.get("model") instanceof ObjectNode model) {
            toolRefs(model, body, self, context);
        }
        structuredOutputRefs(body, self, context);
        if (body.get("server") instanceof ObjectNode server) {
            Refs.authRef(server, "/server/credentialId", body, self, context);
            if (server.isEmpty()) {
                body.remove("server");
            }
        }
        if (body.get("credentialIds") instanceof ArrayNode ids) {
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).isString()) {
                    ids.set(i, context.unresolved(ids.get(i).asString(), Target.CREDENTIAL, self.file(),
                            "/credentialIds/" + i));
                }
            }
        }
        context.noteMissingName(body, self);
        return body;
    }

    /** Moves a system prompt of more than {@link #PROMPT_FILE_LINES} lines into a file, byte for byte. */
    private static void extractPrompt(ObjectNode body, Identity self, ExportContext context) {
        JsonNode messages = body.path("model").path("messages");
        if (!(messages instanceof ArrayNode list) || list.isEmpty() || !isPlainSystemMessage(list.get(0))) {
            return;
        }
        // Render replaces messages[0] when it is a system message, so a second one must not move up.
        if (list.size() > 1 && "system".equals(list.get(1).path("role").asString(null))) {
            return;
        }
        String prompt = list.get(0).get("content").asString();
        byte[] bytes = prompt.getBytes(StandardCharsets.UTF_8);
        if (lines(prompt) <= PROMPT_FILE_LINES || bytes.length > RepoPaths.MAX_REFERENCED_BYTES
                || !new String(bytes, StandardCharsets.UTF_8).equals(prompt)) {
            return;
        }
        String path = "prompts/" + self.slug() + ".md";
        context.addFile(path, bytes);
        body.put("systemPromptRef", path);
        list.remove(0);
        if (list.isEmpty()) {
            ((ObjectNode) body.get("model")).remove("messages");
        }
    }

    private static boolean isPlainSystemMessage(JsonNode message) {
        return message.isObject() && message.size() == 2 && "system".equals(message.path("role").asString(null))
                && message.path("content").isString();
    }

    static int lines(String text) {
        int newlines = (int) text.chars().filter(c -> c == '\n').count();
        return text.isEmpty() || text.endsWith("\n") ? newlines : newlines + 1;
    }

    private static void toolRefs(ObjectNode model, ObjectNode body, Identity self, ExportContext context) {
        if (!(model.get("toolIds") instanceof ArrayNode ids) || ids.isEmpty()) {
            return;
        }
        ArrayNode remaining = ExportContext.NODES.arrayNode();
        ArrayNode tools = ExportContext.NODES.arrayNode();
        ArrayNode knowledge = ExportContext.NODES.arrayNode();
        Map<String, ArrayNode> operations = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            Optional<Identity> tool = id.isString() ? context.exported(Target.TOOL, id.asString(), Kind.TOOL)
                    : Optional.empty();
            Optional<Identity> base = id.isString()
                    ? context.exported(Target.TOOL, id.asString(), Kind.KNOWLEDGE_BASE) : Optional.empty();
            String operation = tool.map(AssistantExport::operationOf).orElse(null);
            if (operation != null) {
                ArrayNode chosen = operations.get(tool.get().slug());
                if (chosen == null) {
                    ObjectNode ref = (ObjectNode) ExportContext.ref(tool.get().slug());
                    chosen = ref.putArray("operations");
                    operations.put(tool.get().slug(), chosen);
                    tools.add(ref);
                }
                chosen.add(operation);
            } else if (tool.isPresent()) {
                tools.add(ExportContext.ref(tool.get().slug()));
            } else if (base.isPresent()) {
                knowledge.add(ExportContext.ref(base.get().slug()));
            } else {
                remaining.add(id.isString() ? context.unresolved(id.asString(), Target.TOOL, self.file(),
                        "/model/toolIds/" + i) : id);
            }
        }
        Refs.replace(model, "toolIds", remaining, tools.isEmpty() && knowledge.isEmpty());
        Refs.setIfAny(body, "tools", tools);
        Refs.setIfAny(body, "knowledge", knowledge);
    }

    /** The operation an HTTP tool's live tool stands for: its render key is {@code <slug>-<operation>}. */
    private static String operationOf(Identity tool) {
        String prefix = tool.slug() + "-";
        return tool.key().startsWith(prefix) ? tool.key().substring(prefix.length()) : null;
    }

    private static void structuredOutputRefs(ObjectNode body, Identity self, ExportContext context) {
        if (!(body.get("artifactPlan") instanceof ObjectNode plan)) {
            return;
        }
        ArrayNode refs = Refs.split(plan, "structuredOutputIds", "/artifactPlan/structuredOutputIds",
                Target.STRUCTURED_OUTPUT, Kind.STRUCTURED_OUTPUT, self, context);
        Refs.setIfAny(body, "structuredOutputs", refs);
        if (!refs.isEmpty() && plan.isEmpty()) {
            body.remove("artifactPlan");
        }
    }
}
