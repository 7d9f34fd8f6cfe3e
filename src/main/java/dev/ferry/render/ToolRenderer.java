package dev.ferry.render;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a Tool. An HTTP tool ({@code type: http}) becomes one {@code apiRequest} tool per
 * operation, named {@code <slug>-<operation>}; every other type becomes one tool. Destination refs
 * become {@code assistantId} (handoff, a back-link) or the target's {@code assistantName}.
 */
final class ToolRenderer {
    static final String HTTP = "http";
    private static final Set<String> HTTP_ONLY = Set.of("type", "url", "authRef", "operations");
    private static final Set<String> OPERATION_ONLY = Set.of("path", "url", "schemaRef");

    private ToolRenderer() {}

    /** The keys of the live tools a ref brings in: the slug, or one per chosen operation. */
    static List<String> keysOf(ResourceDocument tool, JsonNode chosenOperations) {
        JsonNode spec = tool.spec();
        if (!HTTP.equals(spec.path("type").asString())) {
            return List.of(tool.slug());
        }
        List<String> keys = new ArrayList<>();
        if (chosenOperations.isArray()) {
            chosenOperations.forEach(operation -> keys.add(tool.slug() + "-" + operation.asString()));
        } else {
            spec.path("operations").propertyNames().forEach(name -> keys.add(tool.slug() + "-" + name));
        }
        return keys;
    }

    static List<RenderedResource> render(ResourceDocument document, RenderContext context) {
        ObjectNode spec = (ObjectNode) ParamSubstitution.apply(document.spec(), context.environment().params(),
                context.environment().name());
        if (HTTP.equals(spec.path("type").asString())) {
            return renderOperations(document, spec, context);
        }
        List<String> backLinks = new ArrayList<>();
        wireDestinations(spec, context, backLinks);
        JsonNode authRef = spec.remove("authRef");
        if (authRef != null) {
            String credentialId = context.credentialFor(authRef, document);
            if ("apiRequest".equals(spec.path("type").asString())) {
                spec.put("credentialId", credentialId);
            } else {
                ObjectNode server = spec.has("server") ? (ObjectNode) spec.get("server") : spec.putObject("server");
                server.put("credentialId", credentialId);
            }
        }
        if ("apiRequest".equals(spec.path("type").asString()) && !spec.has("name")) {
            spec.put("name", document.slug());
        }
        return List.of(new RenderedResource(Kind.TOOL, document.slug(), Target.TOOL, document.slug(),
                liveName(spec, document.slug()), spec, document.file(), backLinks));
    }

    static String liveName(JsonNode spec, String fallback) {
        if (spec.path("name").isString()) {
            return spec.get("name").asString();
        }
        if (spec.path("function").path("name").isString()) {
            return spec.get("function").get("name").asString();
        }
        return fallback;
    }

    private static List<RenderedResource> renderOperations(ResourceDocument document, ObjectNode spec,
            RenderContext context) {
        String base = spec.path("url").asString("");
        String credentialId = spec.has("authRef") ? context.credentialFor(spec.get("authRef"), document) : null;
        List<RenderedResource> tools = new ArrayList<>();
        for (var entry : spec.path("operations").properties()) {
            String key = document.slug() + "-" + entry.getKey();
            JsonNode operation = entry.getValue();
            ObjectNode payload = RenderContext.NODES.objectNode();
            payload.put("type", "apiRequest");
            payload.put("name", key);
            for (var field : spec.properties()) {
                if (!HTTP_ONLY.contains(field.getKey())) {
                    payload.set(field.getKey(), field.getValue().deepCopy());
                }
            }
            for (var field : operation.properties()) {
                if (!OPERATION_ONLY.contains(field.getKey())) {
                    payload.set(field.getKey(), field.getValue().deepCopy());
                }
            }
            payload.put("url", operation.has("url") ? operation.get("url").asString()
                    : base + operation.path("path").asString(""));
            if (operation.has("schemaRef")) {
                payload.set("body", context.json(operation.get("schemaRef").asString()));
            }
            if (credentialId != null) {
                payload.put("credentialId", credentialId);
            }
            tools.add(new RenderedResource(Kind.TOOL, document.slug(), Target.TOOL, key, key, payload,
                    document.file(), List.of()));
        }
        return tools;
    }

    private static void wireDestinations(ObjectNode spec, RenderContext context, List<String> backLinks) {
        JsonNode destinations = spec.path("destinations");
        boolean handoff = "handoff".equals(spec.path("type").asString());
        for (int i = 0; i < destinations.size(); i++) {
            if (!(destinations.get(i) instanceof ObjectNode destination) || !destination.has("ref")) {
                continue;
            }
            String slug = destination.remove("ref").asString();
            boolean squad = "squad".equals(destination.path("type").asString());
            if (squad) {
                destination.put("squadId", context.idOf(Target.SQUAD, slug));
                backLinks.add("/destinations/" + i + "/squadId");
            } else if (handoff) {
                destination.put("assistantId", context.idOf(Target.ASSISTANT, slug));
                backLinks.add("/destinations/" + i + "/assistantId");
            } else {
                ResourceDocument assistant = context.document(Kind.ASSISTANT, slug);
                JsonNode name = assistant.spec().path("name");
                destination.put("assistantName", name.isString() ? name.asString() : slug);
            }
        }
    }

}
