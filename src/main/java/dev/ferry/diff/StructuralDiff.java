package dev.ferry.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/**
 * Walks two canonical trees side by side and lists every difference at the deepest path that
 * says it: objects key by key, named arrays element by element by name (with a move when their
 * order differs), arrays of scalars as one value (canonical form has sorted the ones that are
 * sets), other arrays position by position.
 */
final class StructuralDiff {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$@+-]+");
    private static final Pattern PLAIN_NAME = Pattern.compile("(?!\\d+$)[^\\[\\]\"\\\\]+");

    private final List<Change> changes = new ArrayList<>();

    private StructuralDiff() {}

    /** The differences from {@code left} to {@code right}; a null or missing side is a resource absent there. */
    static List<Change> compare(JsonNode left, JsonNode right) {
        JsonNode a = left == null ? MissingNode.getInstance() : left;
        JsonNode b = right == null ? MissingNode.getInstance() : right;
        // A resource on one side only is listed field by field, like any other object.
        if (a.isMissingNode() && b.isObject()) {
            a = JsonNodeFactory.instance.objectNode();
        } else if (b.isMissingNode() && a.isObject()) {
            b = JsonNodeFactory.instance.objectNode();
        }
        StructuralDiff diff = new StructuralDiff();
        diff.node("", null, a, b);
        return List.copyOf(diff.changes);
    }

    private void node(String path, String field, JsonNode a, JsonNode b) {
        if (a.isMissingNode() && b.isMissingNode()) {
            return;
        }
        if (a.isMissingNode()) {
            changes.add(new Change(path, Change.Kind.ADDED, a, b));
        } else if (b.isMissingNode()) {
            changes.add(new Change(path, Change.Kind.REMOVED, a, b));
        } else if (a.isObject() && b.isObject()) {
            object(path, a, b);
        } else if (a.isArray() && b.isArray()) {
            array(path, field, a, b);
        } else if (!JsonValues.same(a, b)) {
            changes.add(new Change(path, Change.Kind.CHANGED, a, b));
        }
    }

    private void object(String path, JsonNode a, JsonNode b) {
        Set<String> keys = new TreeSet<>(a.propertyNames());
        keys.addAll(b.propertyNames());
        for (String key : keys) {
            node(child(path, key), key, a.path(key), b.path(key));
        }
    }

    private void array(String path, String field, JsonNode a, JsonNode b) {
        Optional<List<String>> namesA = NamedArrays.names(field, a);
        Optional<List<String>> namesB = NamedArrays.names(field, b);
        if (namesA.isPresent() && namesB.isPresent()) {
            named(path, field, a, b, namesA.get(), namesB.get());
        } else if (allScalars(a) && allScalars(b)) {
            if (!JsonValues.same(a, b)) {
                changes.add(new Change(path, Change.Kind.CHANGED, a, b));
            }
        } else {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                node(path + "[" + i + "]", null, a.path(i), b.path(i));
            }
        }
    }

    private void named(String path, String field, JsonNode a, JsonNode b, List<String> namesA, List<String> namesB) {
        Map<String, Integer> indexA = indexOf(namesA);
        Map<String, Integer> indexB = indexOf(namesB);
        Set<String> moved = moved(namesA, namesB, indexA, indexB);
        for (int i = 0; i < namesA.size(); i++) {
            String name = namesA.get(i);
            String elementPath = element(path, name);
            Integer j = indexB.get(name);
            if (j == null) {
                changes.add(new Change(elementPath, Change.Kind.REMOVED, a.get(i), MissingNode.getInstance()));
                continue;
            }
            if (moved.contains(name)) {
                changes.add(new Change(elementPath, Change.Kind.MOVED, JsonNodeFactory.instance.numberNode(i),
                        JsonNodeFactory.instance.numberNode(j)));
            }
            node(elementPath, field, a.get(i), b.get(j));
        }
        for (int j = 0; j < namesB.size(); j++) {
            if (!indexA.containsKey(namesB.get(j))) {
                changes.add(new Change(element(path, namesB.get(j)), Change.Kind.ADDED, MissingNode.getInstance(),
                        b.get(j)));
            }
        }
    }

    /** The names that left their place: those off the longest common ordering of the names on both sides. */
    private static Set<String> moved(List<String> namesA, List<String> namesB, Map<String, Integer> indexA,
            Map<String, Integer> indexB) {
        List<String> commonA = namesA.stream().filter(indexB::containsKey).toList();
        List<String> commonB = namesB.stream().filter(indexA::containsKey).toList();
        Set<String> moved = new HashSet<>();
        if (!commonA.equals(commonB)) {
            for (AbstractDelta<String> delta : DiffUtils.diff(commonA, commonB).getDeltas()) {
                moved.addAll(delta.getSource().getLines());
            }
        }
        return moved;
    }

    private static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return index;
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array.values()) {
            if (!JsonValues.isScalar(item)) {
                return false;
            }
        }
        return true;
    }

    /** {@code parent.key}, with keys that would read as path syntax quoted: {@code headers["x.y"]}. */
    static String child(String parent, String key) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return parent + quoted(key);
        }
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** {@code array[name]}, quoted when the name would read as an index or holds brackets: {@code members["42"]}. */
    static String element(String array, String name) {
        return array + (PLAIN_NAME.matcher(name).matches() ? "[" + name + "]" : quoted(name));
    }

    private static String quoted(String text) {
        return "[\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
