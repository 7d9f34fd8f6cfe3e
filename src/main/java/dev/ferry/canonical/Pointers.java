package dev.ferry.canonical;

import dev.ferry.render.FieldPattern;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** Canonical form's view of {@link FieldPattern}: matching nodes by container and position, and ignore paths. */
final class Pointers {
    private Pointers() {}

    /** Calls {@code visitor} with each matching node's parent container and its field name or index. */
    static void forEachMatch(JsonNode root, String pattern, BiConsumer<JsonNode, Object> visitor) {
        FieldPattern.forEachMatch(root, pattern, (parent, at, value, path) -> visitor.accept(parent, at));
    }

    /** Splits a dotted ignore path ({@code voice.chunkPlan}) into pointer tokens. */
    static List<String> fromDotted(String dotted) {
        return List.of(dotted.split("\\."));
    }
}
