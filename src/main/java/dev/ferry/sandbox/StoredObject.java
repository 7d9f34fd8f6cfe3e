package dev.ferry.sandbox;

import java.time.Instant;
import java.util.Comparator;
import tools.jackson.databind.node.ObjectNode;

/**
 * One object as the sandbox keeps it: the full JSON (server fields included, secrets withheld) and
 * its timestamps parsed once for sorting and filtering. The body is never changed in place; an
 * update stores a new one, so a reader may use it without a lock.
 */
record StoredObject(String id, Instant createdAt, Instant updatedAt, ObjectNode body) {
    /** Oldest first; equal timestamps ordered by id, so that paging over shared milliseconds is stable. */
    static final Comparator<StoredObject> OLDEST_FIRST =
            Comparator.comparing(StoredObject::createdAt).thenComparing(StoredObject::id);

    static StoredObject of(ObjectNode body) {
        return new StoredObject(
                body.path("id").asString(),
                Timestamps.parse(body.path("createdAt").asString()),
                Timestamps.parse(body.path("updatedAt").asString()),
                body);
    }
}
