package dev.ferry.export;

import dev.ferry.config.Kind;
import dev.ferry.render.Target;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The id-to-ref moves the mappers share: lists of ids, and a credential id that becomes an {@code authRef}. */
final class Refs {
    private Refs() {}

    /**
     * Takes the ids of {@code owner.field} that name exported documents out into {@code {ref}}
     * entries (returned), leaving the others in place as unresolved markers; the field goes away
     * when nothing is left in it.
     */
    static ArrayNode split(ObjectNode owner, String field, String pointer, Target target, Kind kind, Identity self,
            ExportContext context) {
        ArrayNode refs = ExportContext.NODES.arrayNode();
        if (!(owner.get(field) instanceof ArrayNode ids) || ids.isEmpty()) {
            return refs;
        }
        ArrayNode remaining = ExportContext.NODES.arrayNode();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            Optional<Identity> found = id.isString() ? context.exported(target, id.asString(), kind) : Optional.empty();
            if (found.isPresent()) {
                refs.add(ExportContext.ref(found.get().slug()));
            } else {
                remaining.add(id.isString() ? context.unresolved(id.asString(), target, self.file(), pointer + "/" + i)
                        : id);
            }
        }
        replace(owner, field, remaining, refs.isEmpty());
        return refs;
    }

    /** Puts the ids left over back; an emptied list goes away unless nothing moved out of it. */
    static void replace(ObjectNode owner, String field, ArrayNode remaining, boolean nothingMoved) {
        if (remaining.isEmpty() && !nothingMoved) {
            owner.remove(field);
        } else {
            owner.set(field, remaining);
        }
    }

    static void setIfAny(ObjectNode owner, String field, ArrayNode refs) {
        if (!refs.isEmpty()) {
            owner.set(field, refs);
        }
    }

    /**
     * Turns the credential id at {@code owner.credentialId} into the document's {@code authRef}
     * when it is a Ferry-style credential that was exported; otherwise marks it unresolved.
     */
    static void authRef(ObjectNode owner, String pointer, ObjectNode body, Identity self, ExportContext context) {
        JsonNode id = owner.get("credentialId");
        if (id == null || !id.isString()) {
            return;
        }
        Optional<CredentialForm> form = context.identities().credential(id.asString());
        if (form.isPresent() && !body.has("authRef")) {
            body.set("authRef", form.get().authRef());
            owner.remove("credentialId");
            context.secrets().authRef(form.get().secretPath(), self.file(), pointer);
        } else {
            owner.set("credentialId", context.unresolved(id.asString(), Target.CREDENTIAL, self.file(), pointer));
        }
    }
}
