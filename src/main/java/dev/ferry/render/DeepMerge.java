package dev.ferry.render;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The policy merge of design section 2: a policy lies under the assistant; objects merge key by
 * key, while arrays, scalars and nulls of the assistant win whole.
 */
final class DeepMerge {
    private DeepMerge() {}

    /** A new object: {@code base} overlaid with {@code over}. Neither argument is changed. */
    static ObjectNode under(ObjectNode base, ObjectNode over) {
        ObjectNode result = base.deepCopy();
        for (var entry : over.properties()) {
            JsonNode mine = result.get(entry.getKey());
            JsonNode theirs = entry.getValue();
            if (mine instanceof ObjectNode mineObject && theirs instanceof ObjectNode theirsObject) {
                result.set(entry.getKey(), under(mineObject, theirsObject));
            } else {
                result.set(entry.getKey(), theirs.deepCopy());
            }
        }
        return result;
    }
}
