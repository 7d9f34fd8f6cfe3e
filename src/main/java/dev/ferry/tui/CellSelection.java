package dev.ferry.tui;

import dev.ferry.workspace.ResourceKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matrix cells picked for a promotion: all in one source column, so selecting in another column
 * starts over there. Keeps each row's name as promotion takes it. UI thread only.
 */
final class CellSelection {
    private String column;
    private final Map<ResourceKey, String> names = new LinkedHashMap<>();

    /** Selects the cell, or deselects it when it was selected; returns whether it is selected now. */
    boolean toggle(String columnName, ResourceKey key, String name) {
        if (!columnName.equals(column)) {
            names.clear();
            column = columnName;
        }
        if (names.remove(key) != null) {
            return false;
        }
        names.put(key, name);
        return true;
    }

    boolean contains(String columnName, ResourceKey key) {
        return columnName.equals(column) && names.containsKey(key);
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    int size() {
        return names.size();
    }

    Optional<String> column() {
        return names.isEmpty() ? Optional.empty() : Optional.of(column);
    }

    /** The names promotion exports, in the order they were selected. */
    List<String> names() {
        return names.values().stream().distinct().toList();
    }

    void clear() {
        names.clear();
        column = null;
    }
}
