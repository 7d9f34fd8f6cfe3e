package dev.ferry.yaml;

import tools.jackson.databind.JsonNode;

/**
 * Writes Ferry's canonical YAML (design section 5), the form export, fmt and promotion write:
 * block style, keys in a fixed readable order, numbers by value, multi-line text as literal
 * blocks with the chomping indicator that keeps the final newlines, lines never wrapped, and every
 * string that some YAML 1.1 or 1.2 reader could take for something else in double quotes.
 * Whatever it writes, {@link YamlReader} reads back as the same tree.
 *
 * <p>The emitter is Ferry's own rather than snakeyaml-engine's: quoting is decided per value
 * here (the engine and Jackson's minimal-quotes mode leave {@code 1e5} or {@code +15550100001}
 * bare, wrap long lines, and refuse literal blocks with trailing spaces). Comments come from a
 * {@link YamlLayout} read from the file being replaced, so rewriting a file keeps them.
 */
public final class CanonicalYamlWriter {
    private CanonicalYamlWriter() {}

    /** A new file: canonical key order, no comments. */
    public static String write(JsonNode tree) {
        return new BlockEmitter(YamlLayout.EMPTY, false).emit(tree);
    }

    /** {@code fmt}: canonical key order, with the comments of {@code layout} moved along with their entries. */
    public static String format(JsonNode tree, YamlLayout layout) {
        return new BlockEmitter(layout, false).emit(tree);
    }

    /**
     * Rewriting a file with new content ({@code export --force}, promotion): the user's key order
     * and comments where entries remain, new keys after them in canonical order. Comments of
     * entries that are gone are dropped; {@link YamlLayout#orphanedBy} says which.
     */
    public static String merge(JsonNode tree, YamlLayout layout) {
        return new BlockEmitter(layout, true).emit(tree);
    }
}
