package dev.ferry.sandbox.load;

import dev.ferry.render.FieldPattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The loaders' view of {@link FieldPattern}: the string values at a ref-field pattern, read and rewritten. */
final class Placeholders {
    /** Receives each string value found, with its container, field name or index, and dotted path. */
    interface Visitor {
        void visit(JsonNode parent, Object at, String value, String path);
    }

    private Placeholders() {}

    static void forEachMatch(JsonNode root, String pattern, Visitor visitor) {
        FieldPattern.forEachMatch(root, pattern, (parent, at, value, path) -> {
            if (value.isString()) {
                visitor.visit(parent, at, value.asString(), path);
            }
        });
    }

    static void set(JsonNode parent, Object at, String value) {
        FieldPattern.set(parent, at, JsonNodeFactory.instance.stringNode(value));
    }

    static void remove(JsonNode parent, Object at) {
        FieldPattern.remove(parent, at);
    }
}
