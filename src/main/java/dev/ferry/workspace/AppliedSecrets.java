package dev.ferry.workspace;

import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Environment;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.secrets.Fingerprints;
import dev.ferry.secrets.ResolvedSecrets;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

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
        return (ObjectNode) ResolvedSecrets.mapStrings(body, text -> masker.referenceFor(text).orElse(text));
    }
}
