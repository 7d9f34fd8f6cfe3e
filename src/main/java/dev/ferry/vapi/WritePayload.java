package dev.ferry.vapi;

import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a caller's object into the body of a create or a PATCH (design section 7). Server-owned fields
 * are stripped defensively because the whitelist validation rejects them with a 400, and the per-kind
 * PATCH rules of {@link VapiKind} are applied here, in one place.
 */
final class WritePayload {
    /** Fields the server generates; sending any of them gets "property X should not exist". */
    static final Set<String> SERVER_OWNED = Set.of(
            "id", "orgId", "createdAt", "updatedAt", "isDeleted", "isServerUrlSecretSet", "latestVersion",
            "analyticsMetadata", "workflowIds");

    private WritePayload() {}

    static ObjectNode forCreate(VapiKind kind, ObjectNode desired) {
        if (kind.writes() != VapiKind.Writes.JSON) {
            throw new IllegalArgumentException(kind.writes() == VapiKind.Writes.UPLOAD
                    ? "a " + kind.displayName() + " is created by upload, not by a JSON create"
                    : "Ferry does not write " + kind.displayName() + "s; they are read only");
        }
        ObjectNode body = desired.deepCopy();
        body.remove(SERVER_OWNED);
        return body;
    }

    /**
     * The PATCH body: every top-level field is sent whole, because Vapi replaces nested objects instead
     * of merging them (pitfall B01); building complete top-level values is the caller's job.
     */
    static ObjectNode forUpdate(VapiKind kind, ObjectNode desired) {
        requireWritable(kind, "update");
        ObjectNode body = desired.deepCopy();
        body.remove(SERVER_OWNED);
        body.remove(kind.omittedOnUpdate());
        for (String required : kind.requiredOnUpdate()) {
            if (!body.has(required)) {
                throw new IllegalArgumentException("a " + kind.displayName() + " PATCH must carry the whole '"
                        + required + "' field: Vapi requires it and replaces the stored value with it (fields given: "
                        + new TreeSet<>(body.propertyNames()) + ")");
            }
        }
        return body;
    }

    static void requireWritable(VapiKind kind, String operation) {
        if (kind.writes() == VapiKind.Writes.NONE) {
            throw new IllegalArgumentException(
                    "cannot " + operation + " a " + kind.displayName() + ": Ferry reads this kind only");
        }
    }
}
