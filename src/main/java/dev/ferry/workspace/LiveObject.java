package dev.ferry.workspace;

import dev.ferry.render.Target;
import tools.jackson.databind.node.ObjectNode;

/** One object as an org returned it, with the name Ferry matches it by. */
public record LiveObject(Target target, String id, String name, ObjectNode body) {
    /** The matching name of design section 4: {@code name}, else for tools {@code function.name}. */
    static String nameOf(Target target, ObjectNode body) {
        if (body.path("name").isString()) {
            return body.get("name").asString();
        }
        if (target == Target.TOOL && body.path("function").path("name").isString()) {
            return body.get("function").get("name").asString();
        }
        return "";
    }
}
