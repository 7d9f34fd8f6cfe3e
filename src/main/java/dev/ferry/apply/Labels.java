package dev.ferry.apply;

import dev.ferry.canonical.Canonicalizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The labels written into an assistant's {@code metadata} under the one key
 * {@link Canonicalizer#LABELS_KEY}: environment, app (the project), owner, Git sha and
 * {@code managed-by: ferry}. The user's own metadata keys, and any the dashboard added, are kept;
 * canonical form drops the labels, so they never count as a difference.
 */
record Labels(String environment, String app, String sha) {
    ObjectNode of(String owner) {
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        labels.put("env", environment);
        labels.put("app", app);
        if (owner != null) {
            labels.put("owner", owner);
        }
        labels.put("sha", sha == null ? "unknown" : sha);
        labels.put("managed-by", "ferry");
        return labels;
    }

    /**
     * The metadata to send: what the org has (other tools' and the dashboard's keys), then the user's own
     * keys from Git, then Ferry's labels. Vapi replaces {@code metadata} whole, so all three go together.
     */
    ObjectNode merge(JsonNode live, JsonNode desired, String owner) {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        if (live instanceof ObjectNode existing) {
            metadata.setAll(existing.deepCopy());
        }
        if (desired instanceof ObjectNode mine) {
            metadata.setAll(mine.deepCopy());
        }
        metadata.set(Canonicalizer.LABELS_KEY, of(owner));
        return metadata;
    }
}
