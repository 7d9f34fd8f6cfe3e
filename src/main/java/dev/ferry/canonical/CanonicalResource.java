package dev.ferry.canonical;

import dev.ferry.render.Target;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One object in canonical form (design section 5), with what canonicalization had to say about
 * it: ids it could not resolve, values it masked, paths ignore rules cut out.
 */
public record CanonicalResource(Target target, ObjectNode tree, List<String> notes) {
    public CanonicalResource {
        notes = List.copyOf(notes);
    }

    /** The stable content hash: sha256 of the canonical JSON text. */
    public String hash() {
        return CanonicalJson.sha256(tree);
    }
}
