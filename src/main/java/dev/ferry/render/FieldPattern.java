package dev.ferry.render;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks the nodes a JSON Pointer pattern names, where {@code *} stands for any array index
 * ({@code /members/*}{@code /assistantId}), and edits them in place. The ref fields of
 * {@link RefFields}, canonical form and the loaders all read and write through this one walker.
 */
public final class FieldPattern {
    /** Receives each matching node with its container, its field name or index, and a dotted path. */
    @FunctionalInterface
    public interface Visitor {
        void visit(JsonNode parent, Object at, JsonNode value, String path);
    }

    private FieldPattern() {}

    public static void forEachMatch(JsonNode root, String pattern, Visitor visitor) {
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
        if (last) {
            visitor.visit(parent, at, child, path);
        } else {
            walk(child, tokens, depth + 1, path, visitor);
        }
    }

    /** Replaces the node at {@code at} (a field name or an array index) of {@code parent}. */
    public static void set(JsonNode parent, Object at, JsonNode value) {
        if (at instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) at, value);
        }
    }

    /** Removes the node at {@code at} of {@code parent}. */
    public static void remove(JsonNode parent, Object at) {
        if (at instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) at);
        }
    }
}
