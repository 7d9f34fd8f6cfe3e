package dev.ferry.yaml;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One parsed file: the tree, where each node came from, and scalars worth a warning. */
public record YamlDocument(JsonNode root, SourceMap sourceMap, List<ScalarNote> notes, boolean hadByteOrderMark) {
    public YamlDocument {
        notes = List.copyOf(notes);
    }
}
