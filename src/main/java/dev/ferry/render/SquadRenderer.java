package dev.ferry.render;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a Squad: each member's {@code ref} becomes its {@code assistantId}, and so does the
 * {@code ref} of a handoff destination in the tools a member's or every member's overrides append.
 */
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
        for (String pattern : RefFields.SQUAD_HANDOFF_DESTINATIONS) {
            FieldPattern.forEachMatch(spec, pattern, (parent, at, destination, path) -> {
                if (destination instanceof ObjectNode object && object.path("ref").isString()) {
                    object.put("assistantId", context.idOf(Target.ASSISTANT, object.remove("ref").asString()));
                }
            });
        }
        if (!spec.has("name")) {
            spec.put("name", document.slug());
        }
        return new RenderedResource(Kind.SQUAD, document.slug(), Target.SQUAD, document.slug(),
                spec.get("name").asString(), spec, document.file(), List.of());
    }
}
