package dev.ferry.export;

import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inverse of ToolRenderer for one live tool: handoff destinations by {@code assistantId} and
 * squad destinations by {@code squadId} become refs, and the credential an {@code authRef} (at the
 * top for an {@code apiRequest} tool, under {@code server} for the others, as render puts it).
 */
final class ToolExport {
    private ToolExport() {}

    static ObjectNode spec(ObjectNode body, Identity self, ExportContext context) {
        context.applyParams(body, self.file());
        String type = body.path("type").asString("");
        destinations(body, "handoff".equals(type), self, context);
        boolean apiRequest = "apiRequest".equals(type);
        if (apiRequest) {
            Refs.authRef(body, "/credentialId", body, self, context);
        } else if (body.has("credentialId")) {
            unresolve(body, "credentialId", Target.CREDENTIAL, "/credentialId", self, context);
        }
        if (body.get("server") instanceof ObjectNode server) {
            if (apiRequest) {
                unresolve(server, "credentialId", Target.CREDENTIAL, "/server/credentialId", self, context);
            } else {
                Refs.authRef(server, "/server/credentialId", body, self, context);
                if (server.isEmpty()) {
                    body.remove("server");
                }
            }
        }
        JsonNode bases = body.path("knowledgeBases");
        for (int i = 0; i < bases.size(); i++) {
            if (bases.get(i).get("fileIds") instanceof ArrayNode files) {
                for (int j = 0; j < files.size(); j++) {
                    if (files.get(j).isString()) {
                        files.set(j, context.unresolved(files.get(j).asString(), Target.FILE, self.file(),
                                "/knowledgeBases/" + i + "/fileIds/" + j));
                    }
                }
            }
        }
        if (apiRequest && !body.path("name").isString()) {
            context.note(self.file(), "the live apiRequest tool has no name; Ferry will name it '" + self.slug()
                    + "' on the next apply");
        }
        return body;
    }

    private static void destinations(ObjectNode body, boolean handoff, Identity self, ExportContext context) {
        JsonNode destinations = body.path("destinations");
        for (int i = 0; i < destinations.size(); i++) {
            if (!(destinations.get(i) instanceof ObjectNode destination) || destination.has("ref")) {
                continue;
            }
            String pointer = "/destinations/" + i;
            boolean squad = "squad".equals(destination.path("type").asString(null));
            if (squad && destination.path("squadId").isString()) {
                toRef(destination, "squadId", Target.SQUAD, Kind.SQUAD, context);
            } else if (!squad && handoff && destination.path("assistantId").isString()) {
                toRef(destination, "assistantId", Target.ASSISTANT, Kind.ASSISTANT, context);
            }
            unresolve(destination, "assistantId", Target.ASSISTANT, pointer + "/assistantId", self, context);
            unresolve(destination, "squadId", Target.SQUAD, pointer + "/squadId", self, context);
        }
    }

    private static void toRef(ObjectNode destination, String field, Target target, Kind kind,
            ExportContext context) {
        Optional<Identity> found = context.exported(target, destination.get(field).asString(), kind);
        if (found.isPresent()) {
            destination.remove(field);
            destination.put("ref", found.get().slug());
        }
    }

    private static void unresolve(ObjectNode owner, String field, Target target, String pointer, Identity self,
            ExportContext context) {
        JsonNode id = owner.get(field);
        if (id != null && id.isString()) {
            owner.set(field, context.unresolved(id.asString(), target, self.file(), pointer));
        }
    }
}
