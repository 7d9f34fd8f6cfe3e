package dev.ferry.gitops;

import dev.ferry.canonical.SecretShapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges one document's spec, as each environment folder had it, into the one spec Ferry keeps.
 * Equal values stay; strings that differ become a {@code ${params...}} (a URL whose host alone
 * differs keeps its path, with only the scheme and host in the param); anything else that
 * differs (numbers, long or multi-line text, fields one environment lacks, lists of other
 * lengths, names) keeps the first environment's value and is noted, naming the environments.
 */
final class SpecMerger {
    /** Longer text, or text over several lines, is content rather than a value and never becomes a param. */
    static final int LONGEST_PARAM = 200;

    private static final Set<String> IDENTITY_FIELDS = Set.of("name", "function.name");
    private static final Pattern ORIGIN = Pattern.compile("(https?://[^/?#\\s]+)([/?#]\\S*)?");

    private final ParamTable params;
    private final List<ImportNote> notes;

    SpecMerger(ParamTable params, List<ImportNote> notes) {
        this.params = params;
        this.notes = notes;
    }

    /**
     * @param values each environment's spec, in promotion order; the first environment's wins
     *     where values cannot be merged
     * @param file the gitops file notes name (the first environment's)
     */
    JsonNode merge(String file, Map<String, JsonNode> values) {
        return merge(file, "", List.of(), values);
    }

    private JsonNode merge(String file, String path, List<String> keys, Map<String, JsonNode> values) {
        JsonNode base = values.values().iterator().next();
        if (values.values().stream().allMatch(base::equals)) {
            return base.deepCopy();
        }
        if (values.values().stream().allMatch(JsonNode::isObject)) {
            return mergeObjects(file, path, keys, values);
        }
        if (values.values().stream().allMatch(value -> value.isArray() && value.size() == base.size())) {
            ArrayNode merged = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < base.size(); i++) {
                Map<String, JsonNode> items = new LinkedHashMap<>();
                int index = i;
                values.forEach((environment, value) -> items.put(environment, value.get(index)));
                merged.add(merge(file, path + "[" + i + "]", keys, items));
            }
            return merged;
        }
        String first = values.keySet().iterator().next();
        if (values.values().stream().anyMatch(SpecMerger::looksLikeSecret)) {
            // A param value would sit in environments.yaml; a token must go to the secret store instead.
            notes.add(new ImportNote(file, path, "differs between environments and looks like a key or token, so it "
                    + "is not made a param; write a ${secrets://...} reference there and keep each value in its "
                    + "environment's secret store"));
            return base.deepCopy();
        }
        if (values.values().stream().allMatch(SpecMerger::isParamText) && !IDENTITY_FIELDS.contains(path)) {
            return JsonNodeFactory.instance.stringNode(param(keys, values));
        }
        notes.add(new ImportNote(file, path, String.join(", ", differing(values)) + " has another value than "
                + first + (IDENTITY_FIELDS.contains(path) ? "; Ferry finds objects by name, so it" : "; Ferry")
                + " keeps " + first + "'s value for every environment"));
        return base.deepCopy();
    }

    private JsonNode mergeObjects(String file, String path, List<String> keys, Map<String, JsonNode> values) {
        String first = values.keySet().iterator().next();
        JsonNode base = values.get(first);
        Set<String> fields = new LinkedHashSet<>();
        values.values().forEach(value -> value.propertyNames().forEach(fields::add));
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            String child = path.isEmpty() ? field : path + "." + field;
            Map<String, JsonNode> present = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            values.forEach((environment, value) -> {
                if (value.has(field)) {
                    present.put(environment, value.get(field));
                } else {
                    missing.add(environment);
                }
            });
            List<String> childKeys = new ArrayList<>(keys);
            childKeys.add(field);
            if (missing.isEmpty()) {
                merged.set(field, merge(file, child, childKeys, present));
            } else if (base.has(field)) {
                merged.set(field, base.get(field).deepCopy());
                notes.add(new ImportNote(file, child, "set in " + String.join(", ", present.keySet()) + " but not in "
                        + String.join(", ", missing) + "; Ferry sends " + first + "'s value to every environment"));
            } else {
                notes.add(new ImportNote(file, child, "set in " + String.join(", ", present.keySet()) + " but not in "
                        + first + "; not carried over"));
            }
        }
        return merged;
    }

    /** The text with a param in it: the whole value, or only the scheme and host of URLs that differ there alone. */
    private String param(List<String> keys, Map<String, JsonNode> values) {
        Map<String, String> whole = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        Set<String> rests = new LinkedHashSet<>();
        values.forEach((environment, value) -> {
            String text = value.asString();
            whole.put(environment, text);
            Matcher url = ORIGIN.matcher(text);
            if (url.matches() && url.group(2) != null) {
                origins.put(environment, url.group(1));
                rests.add(url.group(2));
            }
        });
        if (origins.size() == values.size() && rests.size() == 1) {
            return "${params." + params.nameFor(keys, "Base", origins) + "}" + rests.iterator().next();
        }
        return "${params." + params.nameFor(keys, "", whole) + "}";
    }

    /** Short, single-line text with no placeholder in it: a value rather than content. */
    static boolean isParamText(JsonNode value) {
        if (!value.isString()) {
            return false;
        }
        String text = value.asString();
        return !text.isEmpty() && text.length() <= LONGEST_PARAM && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && !text.contains("${");
    }

    private static boolean looksLikeSecret(JsonNode value) {
        return value.isString() && (SecretShapes.looksLikeSecret(value.asString())
                || !SecretShapes.maskInText(value.asString()).equals(value.asString()));
    }

    private static List<String> differing(Map<String, JsonNode> values) {
        JsonNode base = values.values().iterator().next();
        List<String> names = new ArrayList<>();
        values.forEach((environment, value) -> {
            if (!base.equals(value)) {
                names.add(environment);
            }
        });
        return names;
    }
}
