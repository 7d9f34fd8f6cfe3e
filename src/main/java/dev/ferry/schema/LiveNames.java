package dev.ferry.schema;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import tools.jackson.databind.JsonNode;

/**
 * The name a document's live object carries, by which Ferry matches it (design section 4):
 * {@code spec.name}, else for tools {@code function.name}, else the slug.
 */
public final class LiveNames {
    private LiveNames() {}

    public static String of(ResourceDocument document) {
        JsonNode spec = document.spec();
        if (spec.path("name").isString()) {
            return spec.get("name").asString();
        }
        if (document.kind() == Kind.TOOL && spec.path("function").path("name").isString()) {
            return spec.get("function").get("name").asString();
        }
        return document.slug() == null ? "" : document.slug();
    }
}
