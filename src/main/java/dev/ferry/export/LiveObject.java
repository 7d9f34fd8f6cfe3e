package dev.ferry.export;

import dev.ferry.render.Target;
import tools.jackson.databind.node.ObjectNode;

/**
 * One object as an org returned it, the input of export. A file may carry its content, which a
 * knowledge base needs to become a {@code KnowledgeBase} document (the API only lists metadata).
 *
 * @param content the file's bytes, or null when not downloaded (and for every other target)
 */
public record LiveObject(Target target, ObjectNode body, byte[] content) {
    public static LiveObject of(Target target, ObjectNode body) {
        return new LiveObject(target, body, null);
    }

    public static LiveObject file(ObjectNode body, byte[] content) {
        return new LiveObject(Target.FILE, body, content == null ? null : content.clone());
    }

    /** The id the org gave it, or empty when the body has none. */
    public String id() {
        return body.path("id").isString() ? body.get("id").asString() : "";
    }

    /** The name it is matched by: {@code name}, else a tool's {@code function.name}, else empty. */
    public String name() {
        if (body.path("name").isString()) {
            return body.get("name").asString();
        }
        if (body.path("function").path("name").isString()) {
            return body.get("function").get("name").asString();
        }
        return "";
    }
}
