package dev.ferry.gitops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The params an import makes of values that differ between environments, and their names. A
 * param is named after the field it came from ({@code model.model} gives {@code model},
 * {@code server.url} gives {@code serverUrl}, its host alone {@code serverUrlBase}); the same
 * name with the same value in every environment is one param, shared by every file that needs it;
 * the same name with other values gets a number ({@code model2}).
 */
final class ParamTable {
    /** Field names too vague alone: the parent's name goes in front ({@code server.url} is {@code serverUrl}). */
    private static final Set<String> VAGUE = Set.of("url", "value", "id", "name", "number", "type", "provider",
            "content", "description");

    private final Map<String, Map<String, String>> byName = new LinkedHashMap<>();

    /** The name of the param holding {@code values} (environment to value), made on first use. */
    String nameFor(List<String> fieldPath, String suffix, Map<String, String> values) {
        String base = baseName(fieldPath) + suffix;
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + n;
            Map<String, String> existing = byName.get(name);
            if (existing == null) {
                byName.put(name, new TreeMap<>(values));
                return name;
            }
            if (existing.equals(new TreeMap<>(values))) {
                return name;
            }
        }
    }

    /** Every param's value in one environment. */
    Map<String, String> valuesOf(String environment) {
        Map<String, String> values = new TreeMap<>();
        byName.forEach((name, byEnvironment) -> values.put(name, byEnvironment.get(environment)));
        return values;
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    static String baseName(List<String> fieldPath) {
        List<String> keys = new ArrayList<>(fieldPath);
        if (keys.isEmpty()) {
            return "value";
        }
        String last = keys.get(keys.size() - 1);
        String parent = keys.size() > 1 ? keys.get(keys.size() - 2) : null;
        String name = parent != null && VAGUE.contains(last) && !parent.equals(last)
                ? camel(parent) + capitalize(camel(last)) : camel(last);
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "param" + capitalize(name) : name;
    }

    private static String camel(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper && out.length() > 0 ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
