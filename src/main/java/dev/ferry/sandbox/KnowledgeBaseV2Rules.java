package dev.ferry.sandbox;

import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code /v2/knowledge-base}: a small DTO ({@code name}, {@code description}) checked as a whole whitelist. */
final class KnowledgeBaseV2Rules implements KindRules {
    private static final Set<String> ACCEPTED = Set.of("name", "description");

    @Override
    public Set<String> readOnly() {
        return SERVER_FIELDS;
    }

    @Override
    public boolean accepts(String property) {
        return ACCEPTED.contains(property);
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.length(body.get("name"), "name", 1, 80);
        violations.length(body.get("description"), "description", 0, 1000);
    }

    @Override
    public void checkCreate(ObjectNode body, Violations violations) {
        violations.requireString(body.get("name"), "name");
    }
}
