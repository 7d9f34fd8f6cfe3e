package dev.ferry.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fixed, readable key order of canonical YAML (design section 5): the envelope first, then
 * per mapping a short list of keys a reader looks for first, then every other key sorted. The
 * lists depend on where the mapping sits: the document root, {@code metadata}, {@code spec}, or
 * anywhere below.
 */
final class KeyOrder {
    private static final List<String> ROOT = List.of("kind", "apiVersion", "metadata", "spec");
    private static final List<String> METADATA = List.of("name", "description", "labels", "previousNames");
    private static final List<String> SPEC = List.of("name", "type", "model", "voice", "transcriber",
            "firstMessage", "firstMessageMode", "systemPromptRef", "tools", "knowledge", "structuredOutputs",
            "safetyPolicyRef", "description", "function", "members", "destinations", "method", "url",
            "operations", "authRef", "server");
    private static final List<String> NESTED = List.of("ref", "type", "provider", "name", "model", "role");
    private static final Map<String, List<String>> BY_POINTER = Map.of("", ROOT, "/metadata", METADATA,
            "/spec", SPEC);

    private KeyOrder() {}

    /** The keys of the mapping at {@code pointer} in canonical order. */
    static List<String> canonical(String pointer, Collection<String> keys) {
        List<String> first = BY_POINTER.getOrDefault(pointer, NESTED);
        List<String> ordered = new ArrayList<>(keys.size());
        for (String key : first) {
            if (keys.contains(key)) {
                ordered.add(key);
            }
        }
        TreeSet<String> rest = new TreeSet<>(keys);
        rest.removeAll(first);
        ordered.addAll(rest);
        return ordered;
    }

    /**
     * The user's order for keys the file already had, then new keys in canonical order, so that
     * rewriting a file moves nothing the user placed.
     */
    static List<String> keeping(List<String> userOrder, String pointer, Collection<String> keys) {
        List<String> ordered = new ArrayList<>(keys.size());
        for (String key : userOrder) {
            if (keys.contains(key)) {
                ordered.add(key);
            }
        }
        List<String> added = new ArrayList<>(keys);
        added.removeAll(ordered);
        ordered.addAll(canonical(pointer, added));
        return ordered;
    }
}
