package dev.ferry.render;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders a Squad: each member's {@code ref} becomes its {@code assistantId}. */
final class SquadRenderer {
    private SquadRenderer() {}

    static RenderedResource render(ResourceDocument document, RenderContext context) {
        ObjectNode spec = (ObjectNode) ParamSubstitution.apply(document.spec(), context.environment().params(),
                context.environment().name());
        for (JsonNode member : spec.path("members")) {
            if (member instanceof ObjectNode object && object.has("ref")) {
                String slug = object.remove("ref").asString();
                object.put("assistantId", context.idOf(Target.ASSISTANT, slug));
            }
        }
        if (!spec.has("name")) {
            spec.put("name", document.slug());
        }
        return new RenderedResource(Kind.SQUAD, document.slug(), Target.SQUAD, document.slug(),
                spec.get("name").asString(), spec, document.file(), List.of());
    }
}
