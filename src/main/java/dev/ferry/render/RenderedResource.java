package dev.ferry.render;

import dev.ferry.config.Kind;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One payload Ferry would send to an org, rendered from a document for one environment.
 *
 * @param kind and slug the document it came from (one document may give several payloads)
 * @param key unique per target: the slug, {@code <slug>-<operation>}, or a credential's secret path
 * @param liveName the name by which Ferry matches it to a live object
 * @param backLinks JSON Pointers of fields that refer to objects created after this one; apply
 *     writes them in a second pass
 */
public record RenderedResource(
        Kind kind, String slug, Target target, String key, String liveName, ObjectNode payload, String file,
        List<String> backLinks) {
    public RenderedResource {
        backLinks = List.copyOf(backLinks);
    }
}
