package dev.ferry.plan;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Path patterns over JSON trees, as JSON Pointers in which {@code *} stands for any array index
 * ({@code /members/*}{@code /assistantOverrides/metadata/position}): removing what matches, and carrying
 * what matches from a live object into a value about to be written.
 */
public final class JsonPaths {
    private JsonPaths() {}

    /** A dotted ignore path ({@code voice.chunkPlan}) as a pattern ({@code /voice/chunkPlan}). */
    public static String fromDotted(String dotted) {
        return "/" + dotted.replace('.', '/');
    }

    /**
     * Removes every node matching {@code pattern} from {@code root}, in place, with the objects that the
     * removal left empty on the way ({@code assistantOverrides: {metadata: {}}} goes as a whole), so that
     * a value that held nothing else compares equal to one that never had it.
     */
    public static void remove(JsonNode root, String pattern) {
        prune(root, tokens(pattern), 0);
    }

    /** Returns whether {@code node} lost something and is now an empty object. */
    private static boolean prune(JsonNode node, List<String> tokens, int depth) {
        String token = tokens.get(depth);
        boolean last = depth == tokens.size() - 1;
        if (token.equals("*")) {
            if (node instanceof ArrayNode array && !last) {
                array.forEach(element -> prune(element, tokens, depth + 1));
            }
            return false;
        }
        if (!(node instanceof ObjectNode object) || !object.has(token)) {
            return false;
        }
        if (last || prune(object.get(token), tokens, depth + 1)) {
            object.remove(token);
            return object.isEmpty();
        }
        return false;
    }

    /**
     * Copies into {@code target} every node matching {@code pattern} that {@code source} has, replacing
     * what {@code target} holds there. Array elements pair up by {@code assistantId} when both sides have
     * one (squad members may be reordered) and by position otherwise. {@code pattern} is relative to both.
     */
    public static void carry(JsonNode source, JsonNode target, String pattern) {
        carry(source, target, tokens(pattern), 0);
    }

    private static void carry(JsonNode source, JsonNode target, List<String> tokens, int depth) {
        if (source == null || target == null || depth >= tokens.size()) {
            return;
        }
        String token = tokens.get(depth);
        boolean last = depth == tokens.size() - 1;
        if (token.equals("*")) {
            if (source instanceof ArrayNode from && target instanceof ArrayNode to) {
                for (int i = 0; i < to.size(); i++) {
                    JsonNode partner = partner(from, to.get(i), i);
                    if (partner != null && !last) {
                        carry(partner, to.get(i), tokens, depth + 1);
                    }
                }
            }
            return;
        }
        if (!(source instanceof ObjectNode from) || !(target instanceof ObjectNode to) || !from.has(token)) {
            return;
        }
        if (last) {
            to.set(token, from.get(token).deepCopy());
            return;
        }
        if (!to.has(token) || !to.get(token).isContainer()) {
            if (to.has(token) && !to.get(token).isContainer()) {
                return;
            }
            to.set(token, from.get(token).isArray() ? to.arrayNode() : to.objectNode());
        }
        carry(from.get(token), to.get(token), tokens, depth + 1);
    }

    private static JsonNode partner(ArrayNode from, JsonNode element, int index) {
        String id = element.path("assistantId").asString(null);
        if (id != null) {
            for (JsonNode candidate : from) {
                if (id.equals(candidate.path("assistantId").asString(null))) {
                    return candidate;
                }
            }
            return null;
        }
        return index < from.size() ? from.get(index) : null;
    }

    /** Every string value at {@code pattern} in {@code root}. */
    public static List<String> strings(JsonNode root, String pattern) {
        List<String> found = new ArrayList<>();
        List<String> tokens = tokens(pattern);
        collect(root, tokens, 0, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> tokens, int depth, List<String> found) {
        if (node == null) {
            return;
        }
        if (depth == tokens.size()) {
            if (node.isString()) {
                found.add(node.asString());
            }
            return;
        }
        String token = tokens.get(depth);
        if (token.equals("*")) {
            if (node instanceof ArrayNode array) {
                array.forEach(element -> collect(element, tokens, depth + 1, found));
            }
        } else if (node instanceof ObjectNode object) {
            collect(object.get(token), tokens, depth + 1, found);
        }
    }

    /** {@code /model/toolIds/*} as people read it: {@code model.toolIds}. */
    public static String dotted(String pattern) {
        return pattern.substring(1).replace("/*", "").replace('/', '.');
    }

    private static List<String> tokens(String pattern) {
        List<String> tokens = new ArrayList<>();
        for (String token : pattern.substring(1).split("/")) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
