package dev.ferry.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Visits the nodes of a tree that match a pointer pattern such as {@code /members/*}{@code /assistantId}. */
final class Pointers {
    private Pointers() {}

    /** Calls {@code visitor} with each matching node's parent container and its field name or index. */
    static void forEachMatch(JsonNode root, String pattern, BiConsumer<JsonNode, Object> visitor) {
        String[] tokens = pattern.substring(1).split("/");
        walk(root, tokens, 0, visitor);
    }

    private static void walk(JsonNode node, String[] tokens, int depth, BiConsumer<JsonNode, Object> visitor) {
        String token = tokens[depth];
        boolean last = depth == tokens.length - 1;
        if (token.equals("*")) {
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (last) {
                        visitor.accept(array, i);
                    } else {
                        walk(array.get(i), tokens, depth + 1, visitor);
                    }
                }
            }
            return;
        }
        if (node instanceof ObjectNode object && object.has(token)) {
            if (last) {
                visitor.accept(object, token);
            } else {
                walk(object.get(token), tokens, depth + 1, visitor);
            }
        }
    }

    /** Splits a dotted ignore path ({@code voice.chunkPlan}) into pointer tokens. */
    static List<String> fromDotted(String dotted) {
        List<String> tokens = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            tokens.add(part);
        }
        return tokens;
    }
}
