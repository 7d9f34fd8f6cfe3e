package dev.ferry.sandbox;

import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code /assistant}: nothing required; name and message lengths, tool ids, the legacy server secret flag. */
final class AssistantRules implements KindRules {
    private static final Set<String> READ_ONLY = KindRules.union(
            SERVER_FIELDS, Set.of("latestVersion", "isServerUrlSecretSet", "analyticsMetadata", "isDeleted"));

    @Override
    public Set<String> readOnly() {
        return READ_ONLY;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.length(body.get("name"), "name", 0, 40);
        violations.string(body.get("firstMessage"), "firstMessage");
        violations.length(body.get("voicemailMessage"), "voicemailMessage", 0, 1000);
        violations.length(body.get("endCallMessage"), "endCallMessage", 0, 1000);
        violations.range(body.get("silenceTimeoutSeconds"), "silenceTimeoutSeconds", 10, 3600);
        violations.range(body.get("maxDurationSeconds"), "maxDurationSeconds", 10, 43200);
        violations.object(body.get("model"), "model");
        violations.object(body.get("metadata"), "metadata");
        violations.toolIdsAnywhere(body, "");
    }

    @Override
    public void addServerFields(ObjectNode created) {
        created.putNull("latestVersion");
    }

    @Override
    public void withholdSecrets(ObjectNode object) {
        Secrets.withholdServerSecrets(object);
    }

    @Override
    public ObjectNode present(ObjectNode stored) {
        ObjectNode view = Secrets.hideServerSecrets(stored);
        view.put("isServerUrlSecretSet", Secrets.hasServerSecret(stored));
        return view;
    }
}
