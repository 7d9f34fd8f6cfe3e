package dev.ferry.export;

import dev.ferry.config.Kind;
import dev.ferry.render.FieldPattern;
import dev.ferry.render.RefFields;
import dev.ferry.render.Target;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The inverse of SquadRenderer: each member's {@code assistantId} becomes a {@code ref}. */
final class SquadExport {
    private SquadExport() {}

    static ObjectNode spec(ObjectNode body, Identity self, ExportContext context) {
        context.applyParams(body, self.file());
        JsonNode members = body.path("members");
        for (int i = 0; i < members.size(); i++) {
            if (!(members.get(i) instanceof ObjectNode member) || !member.path("assistantId").isString()) {
                continue;
            }
            String id = member.get("assistantId").asString();
            Optional<Identity> assistant = context.exported(Target.ASSISTANT, id, Kind.ASSISTANT);
            if (assistant.isPresent()) {
                member.remove("assistantId");
                member.put("ref", assistant.get().slug());
            } else {
                member.set("assistantId", context.unresolved(id, Target.ASSISTANT, self.file(),
                        "/members/" + i + "/assistantId"));
            }
        }
        for (String pattern : RefFields.SQUAD_HANDOFF_DESTINATIONS) {
            FieldPattern.forEachMatch(body, pattern, (parent, at, destination, path) -> {
                if (destination instanceof ObjectNode object && object.path("assistantId").isString()) {
                    String id = object.get("assistantId").asString();
                    Optional<Identity> assistant = context.exported(Target.ASSISTANT, id, Kind.ASSISTANT);
                    if (assistant.isPresent()) {
                        object.remove("assistantId");
                        object.put("ref", assistant.get().slug());
                    } else {
                        object.set("assistantId", context.unresolved(id, Target.ASSISTANT, self.file(),
                                pointerOf(path) + "/assistantId"));
                    }
                }
            });
        }
        context.noteMissingName(body, self);
        return body;
        }

    /** The walker's dotted path ({@code members[0].assistantOverrides}) as a JSON Pointer. */
    private static String pointerOf(String path) {
        return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace(".", "/");
    }
}
