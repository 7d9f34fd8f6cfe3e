package dev.ferry.sandbox;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /knowledge-base}, the deprecated v1 API: a union keyed by {@code provider}. Its objects carry
 * no timestamps on the wire; the sandbox keeps them internally only to sort and filter lists.
 */
final class KnowledgeBaseRules implements KindRules {
    private static final List<String> PROVIDERS = List.of("custom-knowledge-base", "trieve");

    @Override
    public Set<String> readOnly() {
        return SERVER_FIELDS;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.oneOf(body.get("provider"), "provider", PROVIDERS);
        violations.object(body.get("server"), "server");
    }

    @Override
    public void checkCreate(ObjectNode body, Violations violations) {
        violations.requireOneOf(body.get("provider"), "provider", PROVIDERS);
        if ("custom-knowledge-base".equals(body.path("provider").asString(""))) {
            violations.requireObject(body.get("server"), "server");
        }
    }

    @Override
    public void withholdSecrets(ObjectNode object) {
        Secrets.withholdServerSecrets(object);
    }

    @Override
    public ObjectNode present(ObjectNode stored) {
        ObjectNode view = Secrets.hideServerSecrets(stored);
        view.remove(List.of("createdAt", "updatedAt"));
        return view;
    }
}
