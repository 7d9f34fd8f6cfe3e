package dev.ferry.sandbox;

import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows attaching a file to a v2 knowledge base. They are made by {@link KnowledgeBaseFiles}, never
 * from a request body, so there is nothing to check; their schema has no {@code orgId}, which is kept
 * in storage only so that every stored object has one.
 */
final class AttachmentRules implements KindRules {
    @Override
    public Set<String> readOnly() {
        return SERVER_FIELDS;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {}

    @Override
    public ObjectNode present(ObjectNode stored) {
        ObjectNode view = stored.deepCopy();
        view.remove("orgId");
        return view;
    }
}
