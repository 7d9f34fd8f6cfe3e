package dev.ferry.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Arrays whose elements have a name, so that the diff matches elements by name rather than by
 * position: squad {@code members} by {@code assistantId} (a slug in canonical form), tool
 * {@code destinations} by {@code assistantName}, {@code number}, {@code sipUri} or
 * {@code assistantId}, {@code messages} by {@code role} (model messages) or {@code type} (tool
 * messages), {@code hooks} by {@code on}. Keyed by the array's field name, wherever it sits.
 */
final class NamedArrays {
    private static final Map<String, List<String>> NAME_FIELDS = Map.of(
            "members", List.of("assistantId"),
            "destinations", List.of("assistantName", "number", "sipUri", "assistantId"),
            "messages", List.of("role", "type"),
            "hooks", List.of("on"));

    private NamedArrays() {}

    /**
     * The element names of {@code array} in order, or empty when the array is not a named one or
     * any element has no name or shares it with another: such arrays are compared by position.
     */
    static Optional<List<String>> names(String field, JsonNode array) {
        List<String> fields = field == null ? null : NAME_FIELDS.get(field);
        if (fields == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(array.size());
        Set<String> seen = new HashSet<>();
        for (JsonNode element : array.values()) {
            String name = nameOf(element, fields);
            if (name == null || !seen.add(name)) {
                return Optional.empty();
            }
            names.add(name);
        }
        return Optional.of(names);
    }

    private static String nameOf(JsonNode element, List<String> fields) {
        if (!element.isObject()) {
            return null;
        }
        for (String field : fields) {
            JsonNode value = element.get(field);
            if (value != null && value.isString() && !value.asString().isEmpty()) {
                return value.asString();
            }
        }
        return null;
    }
}
