package dev.ferry.sandbox;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Write-only values. Secret values are never kept: a legacy server secret ({@code server.secret},
 * {@code serverUrlSecret}) is stored as a fixed marker so that {@code isServerUrlSecretSet} can be
 * told and a later PATCH of {@code server} clears it, and credential secret fields are dropped on
 * arrival. Either way GET never shows them, and nothing secret reaches the data folder.
 */
final class Secrets {
    static final String WITHHELD = "[withheld by the sandbox]";

    /**
     * Fields the spec marks "not returned in the API" on credentials, plus the secret parts of the
     * bearer, OAuth2, HMAC and SIP authentication plans that credentials embed.
     */
    private static final Set<String> CREDENTIAL_SECRET_FIELDS = Set.of(
            "apiKey", "apiSecret", "authToken", "authPassword", "password", "token", "privateKey",
            "secretKey", "hmacSecret", "clientSecret", "secretAccessKey", "awsSecretAccessKey",
            "awsAccessKeyId", "openAIKey", "ocpApimSubscriptionKey", "vonageApplicationPrivateKey",
            "webhookUrl");

    private Secrets() {}

    static void withholdServerSecrets(ObjectNode object) {
        if (object.get("server") instanceof ObjectNode server && isPresent(server, "secret")) {
            server.put("secret", WITHHELD);
        }
        if (isPresent(object, "serverUrlSecret")) {
            object.put("serverUrlSecret", WITHHELD);
        }
    }

    static boolean hasServerSecret(ObjectNode stored) {
        return stored.path("server").path("secret").isString() || stored.path("serverUrlSecret").isString();
    }

    /** A copy of {@code stored} without the server secret keys. */
    static ObjectNode hideServerSecrets(ObjectNode stored) {
        ObjectNode view = stored.deepCopy();
        view.remove("serverUrlSecret");
        if (view.get("server") instanceof ObjectNode server) {
            server.remove("secret");
        }
        return view;
    }

    /** Removes credential secret fields at any depth. */
    static void dropCredentialSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> entries = object.properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (CREDENTIAL_SECRET_FIELDS.contains(entry.getKey())) {
                    entries.remove();
                } else {
                    dropCredentialSecrets(entry.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(Secrets::dropCredentialSecrets);
        }
    }

    private static boolean isPresent(ObjectNode object, String key) {
        return object.has(key) && !object.get(key).isNull();
    }
}
