package dev.ferry.diff;

import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One difference between two canonical trees, at a display path such as
 * {@code members[front-desk].assistantOverrides.voice}: object keys joined by dots, elements of
 * named arrays by their name in brackets, other elements by their 0-based index. {@code before}
 * and {@code after} are the values on each side; a side without the value holds a missing node,
 * never {@code null} (JSON null is a value). For {@link Kind#MOVED} they hold the element's
 * 0-based positions.
 */
public record Change(String path, Kind kind, JsonNode before, JsonNode after) {
    /** How the two sides differ at the path. */
    public enum Kind {
        /** Only the right side has the value. */
        ADDED,
        /** Only the left side has the value. */
        REMOVED,
        /** Both sides have a value and they differ. */
        CHANGED,
        /** An element of a named array kept its content but not its place, where order matters (squad members). */
        MOVED;

        /** The name used in JSON output: {@code added}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Change {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before: use a missing node for an absent value");
        Objects.requireNonNull(after, "after: use a missing node for an absent value");
    }
}
