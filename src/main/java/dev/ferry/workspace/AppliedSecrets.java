package dev.ferry.workspace;

import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.secrets.Fingerprints;
import dev.ferry.secrets.ResolvedSecrets;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Recognizes the secret values Ferry applied to an environment through the fingerprints in its
 * ledger, so that views which resolve no secrets (the matrix, {@code ferry diff}) still read them as
 * their {@code ${secrets://...}} references: equal to Git when unchanged, and never shown.
 */
final class AppliedSecrets {
    private AppliedSecrets() {}

    static SecretMasker masker(Path root, Environment environment, Connections connections) {
        Map<String, String> fingerprints = LedgerStore.open(root, environment.name()).snapshot().secretFingerprints();
        if (fingerprints.isEmpty()) {
            return SecretMasker.NONE;
        }
        String token = connections.endpoint(environment).token();
        return ResolvedSecrets.none(new Fingerprints(token)).masker(fingerprints);
    }

    /**
     * A copy of a live body with every value the masker recognizes put back as the reference it was
     * applied from, so that an export writes the repo's own reference instead of inventing one.
     */
    static ObjectNode withReferences(ObjectNode body, SecretMasker masker) {
        if (masker == SecretMasker.NONE) {
            return body;
        }
        ObjectNode copy = body.deepCopy();
        restore(copy, masker);
        return copy;
    }

    private static void restore(JsonNode node, SecretMasker masker) {
        if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                if (entry.getValue().isString()) {
                    masker.referenceFor(entry.getValue().asString())
                            .ifPresent(reference -> entry.setValue(StringNode.valueOf(reference)));
                } else {
                    restore(entry.getValue(), masker);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isString()) {
                    int at = i;
                    masker.referenceFor(item.asString()).ifPresent(reference -> array.set(at,
                            StringNode.valueOf(reference)));
                } else {
                    restore(item, masker);
                }
            }
        }
    }
}
