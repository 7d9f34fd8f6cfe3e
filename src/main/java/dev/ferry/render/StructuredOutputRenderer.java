package dev.ferry.render;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a StructuredOutput: {@code schemaRef} becomes {@code schema}, and {@code assistants}
 * refs become {@code assistantIds}, a back-link written once the assistants exist.
 */
final class StructuredOutputRenderer {
    private StructuredOutputRenderer() {}

    static RenderedResource render(ResourceDocument document, RenderContext context) {
        ObjectNode spec = (ObjectNode) ParamSubstitution.apply(document.spec(), context.environment().params(),
                context.environment().name());
        JsonNode schemaRef = spec.remove("schemaRef");
        if (schemaRef != null) {
            spec.set("schema", context.json(schemaRef.asString()));
        }
        List<String> backLinks = new ArrayList<>();
        JsonNode assistants = spec.remove("assistants");
        if (assistants != null) {
            ArrayNode ids = spec.has("assistantIds") ? (ArrayNode) spec.get("assistantIds")
                    : spec.putArray("assistantIds");
            for (JsonNode ref : assistants) {
                ids.add(context.idOf(Target.ASSISTANT, ref.path("ref").asString()));
            }
            backLinks.add("/assistantIds");
        }
        if (!spec.has("name")) {
            spec.put("name", document.slug());
        }
        return new RenderedResource(Kind.STRUCTURED_OUTPUT, document.slug(), Target.STRUCTURED_OUTPUT,
                document.slug(), spec.get("name").asString(), spec, document.file(), backLinks);
    }
}
