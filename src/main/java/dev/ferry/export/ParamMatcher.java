package dev.ferry.export;

import dev.ferry.yaml.SourceMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns values that equal a param of the source environment back into {@code ${params.NAME}}, so
 * the exported file renders right for every environment: a string equal to a param's value, and
 * a URL that starts with a URL param followed by {@code /}, {@code ?} or {@code #}
 * ({@code https://hooks.dev.example/vapi} with {@code webhookBase}). Only string params take part,
 * and names ({@code name}, {@code function.name}) stay literal since Ferry matches objects by them.
 */
final class ParamMatcher {
    // The placeholder syntax render substitutes; a live string holding one cannot be written as it is.
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*params\\.[A-Za-z][A-Za-z0-9_]*\\s*}");
    private static final Set<String> IDENTITY_FIELDS = Set.of("/name", "/function/name");

    private final Map<String, String> byValue = new TreeMap<>();
    private final List<Map.Entry<String, String>> urlPrefixes = new ArrayList<>();

    ParamMatcher(Map<String, JsonNode> params, Set<String> withheld) {
        // Sorted by name, so that of two params with one value the first name wins, every time.
        new TreeMap<>(params).forEach((name, value) -> {
            if (value.isString() && !value.asString().isEmpty() && !withheld.contains(name)) {
                byValue.putIfAbsent(value.asString(), name);
                if (value.asString().matches("https?://\\S+")) {
                    urlPrefixes.add(Map.entry(name, value.asString()));
                }
            }
        });
        urlPrefixes.sort(Comparator.comparing((Map.Entry<String, String> entry) -> -entry.getValue().length())
                .thenComparing(Map.Entry::getKey));
    }

    /** Replaces matching strings in place; returns the pointers of strings that already look like placeholders. */
    List<String> apply(JsonNode body) {
        List<String> placeholders = new ArrayList<>();
        walk(body, "", placeholders);
        return placeholders;
    }

    private void walk(JsonNode node, String pointer, List<String> placeholders) {
        if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                String child = SourceMap.child(pointer, entry.getKey());
                if (entry.getValue().isString()) {
                    if (!IDENTITY_FIELDS.contains(child)) {
                        replace(entry.getValue().asString(), child, placeholders)
                                .ifPresent(text -> object.put(entry.getKey(), text));
                    }
                } else {
                    walk(entry.getValue(), child, placeholders);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = SourceMap.child(pointer, i);
                if (array.get(i).isString()) {
                    int index = i;
                    replace(array.get(i).asString(), child, placeholders)
                            .ifPresent(text -> array.set(index, JsonNodeFactory.instance.stringNode(text)));
                } else {
                    walk(array.get(i), child, placeholders);
                }
            }
        }
    }

    private Optional<String> replace(String text, String pointer, List<String> placeholders) {
        if (PLACEHOLDER.matcher(text).find()) {
            placeholders.add(pointer);
            return Optional.empty();
        }
        String whole = byValue.get(text);
        if (whole != null) {
            return Optional.of("${params." + whole + "}");
        }
        for (Map.Entry<String, String> prefix : urlPrefixes) {
            String value = prefix.getValue();
            if (text.length() > value.length() && text.startsWith(value)
                    && (value.endsWith("/") || "/?#".indexOf(text.charAt(value.length())) >= 0)) {
                return Optional.of("${params." + prefix.getKey() + "}" + text.substring(value.length()));
            }
        }
        return Optional.empty();
    }
}
