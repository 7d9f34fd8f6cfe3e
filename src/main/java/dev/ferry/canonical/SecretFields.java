package dev.ferry.canonical;

import dev.ferry.render.FieldPattern;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The secret side of canonical form: write-only credential fields dropped, header values and
 * tokens shown as their {@code ${secrets://...}} reference when known, masked otherwise, and token
 * shapes pasted into text masked. Nothing it returns ever holds a secret value.
 */
final class SecretFields {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{secrets://[^}]+}");
    private static final Set<String> WRITE_ONLY = Set.of("token", "apiKey", "authToken", "apiSecret", "secret",
            "secretAccessKey", "privateKey", "hmacSecret", "password", "clientSecret", "secretKey");

    private final SecretMasker secrets;

    SecretFields(SecretMasker secrets) {
        this.secrets = secrets;
    }

    /**
     * Credential secrets are write-only: the API never returns them, so they cannot be compared;
     * a changed secret is found through the ledger's fingerprints instead.
     */
    void dropWriteOnly(ObjectNode tree) {
        WRITE_ONLY.forEach(tree::remove);
        if (tree.get("authenticationPlan") instanceof ObjectNode plan) {
            WRITE_ONLY.forEach(plan::remove);
        }
    }

    /** Headers, schema-style header values and authentication tokens as references or masked; tokens in text masked. */
    void mask(ObjectNode tree, List<String> notes) {
        maskKnownPlaces(tree, notes);
        maskTokensInText(tree, "", notes);
    }

    private void maskKnownPlaces(ObjectNode tree, List<String> notes) {
        Pointers.forEachMatch(tree, "/server/headers", (parent, at) -> maskHeaders(parent.get((String) at), notes));
        Pointers.forEachMatch(tree, "/headers/properties", (parent, at) -> {
            for (var header : parent.get((String) at).properties()) {
                if (header.getValue() instanceof ObjectNode schema && schema.path("value").isString()) {
                    schema.set("value", NODES.stringNode(masked(header.getKey(), schema.get("value").asString(),
                            notes)));
                }
            }
        });
        Pointers.forEachMatch(tree, "/authenticationPlan/token", (parent, at) -> FieldPattern.set(parent, at,
                NODES.stringNode(masked("authorization", parent.get((String) at).asString(), notes))));
        // The legacy webhook secret is sent as X-Vapi-Secret; some responses echo it (B35).
        for (String pointer : List.of("/server/secret", "/serverUrlSecret")) {
            Pointers.forEachMatch(tree, pointer, (parent, at) -> {
                if (parent.get((String) at).isString()) {
                    FieldPattern.set(parent, at, NODES.stringNode(masked("x-vapi-secret", parent.get((String) at).asString(),
                            notes)));
                }
            });
        }
    }

    /** A token pasted into text (a prompt, a description) is masked wherever it sits. */
    private static void maskTokensInText(JsonNode node, String path, List<String> notes) {
        if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                JsonNode value = entry.getValue();
                String childPath = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                if (value.isString()) {
                    String masked = SecretShapes.maskInText(value.asString());
                    if (!masked.equals(value.asString())) {
                        entry.setValue(NODES.stringNode(masked));
                        notes.add("masked a token-shaped value in " + childPath);
                    }
                } else {
                    maskTokensInText(value, childPath, notes);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString()) {
                    String masked = SecretShapes.maskInText(value.asString());
                    if (!masked.equals(value.asString())) {
                        array.set(i, NODES.stringNode(masked));
                        notes.add("masked a token-shaped value in " + path + "[" + i + "]");
                    }
                } else {
                    maskTokensInText(value, path + "[" + i + "]", notes);
                }
            }
        }
    }

    private void maskHeaders(JsonNode headers, List<String> notes) {
        if (!(headers instanceof ObjectNode object)) {
            return;
        }
        for (var header : object.properties()) {
            if (header.getValue().isString()) {
                header.setValue(NODES.stringNode(masked(header.getKey(), header.getValue().asString(), notes)));
            }
        }
    }

    private String masked(String name, String value, List<String> notes) {
        if (REFERENCE.matcher(value.strip()).matches()) {
            return value.strip();
        }
        Optional<String> reference = secrets.referenceFor(value);
        if (reference.isPresent()) {
            return reference.get();
        }
        if (SecretShapes.mayBeSecretHeader(name) || SecretShapes.looksLikeSecret(value)) {
            notes.add("masked a secret-looking value of '" + name + "' that no reference explains");
            return SecretMasker.MASK;
        }
        return value;
    }
}
