package dev.ferry.schema;

import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import dev.ferry.yaml.SourceMap;

/** Visits every string value of a tree with its JSON Pointer. */
final class Strings {
    private Strings() {}

    static void forEach(JsonNode node, String pointer, BiConsumer<String, String> visitor) {
        if (node.isString()) {
            visitor.accept(pointer, node.asString());
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                forEach(entry.getValue(), SourceMap.child(pointer, entry.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEach(node.get(i), SourceMap.child(pointer, i), visitor);
            }
        }
    }
}
