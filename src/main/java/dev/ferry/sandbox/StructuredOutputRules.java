package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code /structured-output}: name and schema required; PATCH demands the {@code schemaOverride} query parameter. */
final class StructuredOutputRules implements KindRules {
    private static final Set<String> READ_ONLY = KindRules.union(SERVER_FIELDS, Set.of("workflowIds"));

    @Override
    public Set<String> readOnly() {
        return READ_ONLY;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.length(body.get("name"), "name", 1, 40);
        violations.object(body.get("schema"), "schema");
        violations.oneOf(body.get("type"), "type", List.of("ai", "regex"));
        violations.length(body.get("regex"), "regex", 1, 1000);
        violations.uuidArray(body.get("assistantIds"), "", "assistantIds");
    }

    @Override
    public void checkCreate(ObjectNode body, Violations violations) {
        violations.requireString(body.get("name"), "name");
        violations.requireObject(body.get("schema"), "schema");
    }

    @Override
    public void checkUpdate(
            ObjectNode body, ObjectNode stored, Map<String, List<String>> query, Violations violations) {
        // The spec marks the query parameter required (a string); its value is not interpreted here.
        if (!query.containsKey("schemaOverride")) {
            violations.add("schemaOverride must be a string");
        }
    }
}
