package dev.ferry.workspace;

import dev.ferry.render.RefFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The references of one resource in one column, both ways: what its canonical tree points at
 * through the ref fields of its kind, and which other resources of the column point at it. In
 * canonical form a ref field holds the key of the resource it names (or {@code unresolved:<id>}).
 */
public final class ResourceRefs {
    /** One reference: {@code from} points at {@code to} through the field {@code field}. */
    public record Ref(ResourceKey from, ResourceKey to, String field) {}

    private ResourceRefs() {}

    /** The refs found in {@code tree}, a canonical tree of {@code from}, in field order. */
    public static List<Ref> outgoing(ResourceKey from, JsonNode tree) {
        List<Ref> refs = new ArrayList<>();
        for (RefFields.RefField field : RefFields.of(from.target())) {
            String[] tokens = field.pattern().substring(1).split("/");
            collect(tree, tokens, 0, "", (path, value) ->
                    refs.add(new Ref(from, new ResourceKey(field.target(), value), path)));
        }
        return refs;
    }

    /** Every resource in {@code column} whose tree refers to {@code to}, sorted by key. */
    public static List<Ref> incoming(ResourceKey to, Map<ResourceKey, JsonNode> column) {
        TreeSet<ResourceKey> order = new TreeSet<>(column.keySet());
        List<Ref> refs = new ArrayList<>();
        for (ResourceKey from : order) {
            for (Ref ref : outgoing(from, column.get(from))) {
                if (ref.to().equals(to)) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    private interface Visitor {
        void visit(String path, String value);
    }

    private static void collect(JsonNode node, String[] tokens, int depth, String path, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (depth == tokens.length) {
            if (node.isString()) {
                visitor.visit(path, node.asString());
            }
            return;
        }
        String token = tokens[depth];
        if (token.equals("*")) {
            for (int i = 0; i < node.size() && node.isArray(); i++) {
                collect(node.get(i), tokens, depth + 1, path + "[" + i + "]", visitor);
            }
        } else if (node.isObject() && node.has(token)) {
            collect(node.get(token), tokens, depth + 1, path.isEmpty() ? token : path + "." + token, visitor);
        }
    }

    /** Whether a key names a resource the column knows, as opposed to {@code unresolved:<id>}. */
    public static boolean isResolved(ResourceKey key) {
        return !key.key().startsWith("unresolved:");
    }
}
