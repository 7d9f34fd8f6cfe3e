package dev.ferry.sandbox.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Finds and rewrites the string values at a ref-field pattern ({@code /members/*}{@code /assistantId}). */
final class Placeholders {
    /** Receives each string value found, with its container, field name or index, and dotted path. */
    interface Visitor {
        void visit(JsonNode parent, Object at, String value, String path);
    }

    private Placeholders() {}

    static void forEachMatch(JsonNode root, String pattern, Visitor visitor) {
        walk(root, pattern.substring(1).split("/"), 0, "", visitor);
    }

    private static void walk(JsonNode node, String[] tokens, int depth, String path, Visitor visitor) {
        String token = tokens[depth];
        boolean last = depth == tokens.length - 1;
        if (token.equals("*")) {
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    step(array, i, array.get(i), tokens, depth, last, path + "[" + i + "]", visitor);
                }
            }
        } else if (node instanceof ObjectNode object && object.has(token)) {
            String childPath = path.isEmpty() ? token : path + "." + token;
            step(object, token, object.get(token), tokens, depth, last, childPath, visitor);
        }
    }

    private static void step(JsonNode parent, Object at, JsonNode child, String[] tokens, int depth, boolean last,
            String path, Visitor visitor) {
        if (!last) {
            walk(child, tokens, depth + 1, path, visitor);
        } else if (child.isString()) {
            visitor.visit(parent, at, child.asString(), path);
        }
    }

    static void set(JsonNode parent, Object at, String value) {
        if (at instanceof Integer index) {
            ((ArrayNode) parent).set(index, JsonNodeFactory.instance.stringNode(value));
        } else {
            ((ObjectNode) parent).put((String) at, value);
        }
    }

    static void remove(JsonNode parent, Object at) {
        if (at instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) at);
        }
    }
}
