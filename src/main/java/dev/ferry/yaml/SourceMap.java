package dev.ferry.yaml;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a parsed tree came from. Jackson's tree model drops positions, so the reader
 * keeps this index beside the tree, keyed by JSON Pointer ({@code /spec/model/temperature}).
 */
public final class SourceMap {
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    void putValue(String pointer, Position position) {
        values.put(pointer, position);
    }

    void putKey(String pointer, Position position) {
        keys.put(pointer, position);
    }

    /** Where the value at {@code pointer} starts, or of its nearest ancestor when it has none. */
    public Position valueAt(String pointer) {
        String current = pointer;
        while (true) {
            Position found = values.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return Position.START;
            }
            current = parent(current);
        }
    }

    /** Where the key naming {@code pointer} starts; the value position when it is an array item. */
    public Position keyAt(String pointer) {
        Position key = keys.get(pointer);
        return key != null ? key : valueAt(pointer);
    }

    public boolean contains(String pointer) {
        return values.containsKey(pointer);
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** Appends one reference token to a pointer, escaping as RFC 6901 asks. */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
