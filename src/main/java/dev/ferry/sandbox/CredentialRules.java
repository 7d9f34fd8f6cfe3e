package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /credential}, absent from the public spec: a union keyed by {@code provider}, fixed after
 * create. Secret fields are write-only: dropped on arrival, so GET never shows them.
 */
final class CredentialRules implements KindRules {
    private static final Set<String> READ_ONLY = KindRules.union(SERVER_FIELDS, Set.of("authenticationSession"));

    @Override
    public Set<String> readOnly() {
        return READ_ONLY;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.string(body.get("provider"), "provider");
        violations.length(body.get("name"), "name", 1, 40);
    }

    @Override
    public void checkCreate(ObjectNode body, Violations violations) {
        violations.requireString(body.get("provider"), "provider");
    }

    @Override
    public void checkUpdate(
            ObjectNode body, ObjectNode stored, Map<String, List<String>> query, Violations violations) {
        requireSameDiscriminator(body, stored, "provider", violations);
    }

    @Override
    public void withholdSecrets(ObjectNode object) {
        Secrets.dropCredentialSecrets(object);
    }

    /** The Update DTO of a union accepts only the stored variant's own discriminator value. */
    static void requireSameDiscriminator(ObjectNode body, ObjectNode stored, String key, Violations violations) {
        String storedValue = stored.path(key).asString("");
        JsonNode sent = body.get(key);
        if (sent != null && !(sent.isString() && sent.stringValue().equals(storedValue))) {
            violations.add(key + " must be one of the following values: " + storedValue);
        }
    }
}
