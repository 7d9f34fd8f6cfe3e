package dev.ferry.export;

import dev.ferry.config.Kind;
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
        context.noteMissingName(body, self);
        return body;
    }
}
