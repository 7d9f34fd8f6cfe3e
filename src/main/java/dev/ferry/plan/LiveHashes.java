package dev.ferry.plan;

import dev.ferry.canonical.CanonicalJson;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fingerprints of live objects as the org returned them, with keys sorted so that key order does not
 * count: the whole object (any change at all, {@code updatedAt} included, makes a plan stale) and each
 * top-level field (to say which fields someone else changed).
 */
public final class LiveHashes {
    private LiveHashes() {}

    public static String of(JsonNode body) {
        return CanonicalJson.sha256(sorted(body));
    }

    public static Map<String, String> perField(JsonNode body) {
        Map<String, String> fields = new TreeMap<>();
        for (var entry : body.properties()) {
            fields.put(entry.getKey(), CanonicalJson.sha256(sorted(entry.getValue())).substring(0, 16));
        }
        return fields;
    }

    /** The top-level fields whose hash differs between two {@link #perField} maps. */
    public static java.util.List<String> changedFields(Map<String, String> before, Map<String, String> after) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> java.util.Objects.equals(before.get(name), after.get(name)));
        names.remove("updatedAt");
        return java.util.List.copyOf(names);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> keys = new TreeMap<>();
            node.properties().forEach(entry -> keys.put(entry.getKey(), sorted(entry.getValue())));
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            keys.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
