package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /phone-number}: a union keyed by {@code provider}, fixed after create. A {@code vapi} number
 * is assigned by the server (a fictional 555 number here); Twilio secrets are treated as write-only.
 */
final class PhoneNumberRules implements KindRules {
    private static final List<String> PROVIDERS = List.of("byo-phone-number", "twilio", "vonage", "vapi", "telnyx");
    private static final Set<String> READ_ONLY = KindRules.union(SERVER_FIELDS, Set.of("status"));
    private static final List<String> TWILIO_SECRETS = List.of("twilioAuthToken", "twilioApiKey", "twilioApiSecret");

    @Override
    public Set<String> readOnly() {
        return READ_ONLY;
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.length(body.get("name"), "name", 0, 40);
        violations.uuid(body.get("assistantId"), "assistantId");
        violations.uuid(body.get("squadId"), "squadId");
        violations.uuid(body.get("credentialId"), "credentialId");
    }

    @Override
    public void checkCreate(ObjectNode body, Violations violations) {
        violations.requireOneOf(body.get("provider"), "provider", PROVIDERS);
        switch (body.path("provider").asString("")) {
            case "byo-phone-number" -> violations.requireString(body.get("credentialId"), "credentialId");
            case "twilio" -> {
                violations.requireString(body.get("number"), "number");
                violations.requireString(body.get("twilioAccountSid"), "twilioAccountSid");
            }
            case "vonage", "telnyx" -> {
                violations.requireString(body.get("number"), "number");
                violations.requireString(body.get("credentialId"), "credentialId");
            }
            case "vapi" -> {
                if (body.has("number")) {
                    violations.add("property number should not exist");
                }
            }
            default -> {
                // Already reported by requireOneOf.
            }
        }
    }

    @Override
    public void checkUpdate(
            ObjectNode body, ObjectNode stored, Map<String, List<String>> query, Violations violations) {
        CredentialRules.requireSameDiscriminator(body, stored, "provider", violations);
        if ("vapi".equals(stored.path("provider").asString("")) && body.has("number")) {
            violations.add("property number should not exist");
        }
    }

    @Override
    public void addServerFields(ObjectNode created) {
        created.put("status", "active");
        if ("vapi".equals(created.path("provider").asString("")) && !created.has("number")) {
            // 555-0100..0199 is reserved for fiction, so no real subscriber is ever shown.
            created.put("number", "+1555" + (5550100 + ThreadLocalRandom.current().nextInt(100)));
        }
    }

    @Override
    public void withholdSecrets(ObjectNode object) {
        Secrets.withholdServerSecrets(object);
        object.remove(TWILIO_SECRETS);
    }

    @Override
    public ObjectNode present(ObjectNode stored) {
        return Secrets.hideServerSecrets(stored);
    }
}
