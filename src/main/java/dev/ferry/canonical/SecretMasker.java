package dev.ferry.canonical;

import java.util.Optional;

/**
 * Knows which live values are secrets Ferry put there, and the reference each came from
 * (from values resolved in this run, or from the ledger's fingerprints). Canonical form shows the
 * reference instead of the value; a secret-looking value it does not know is masked.
 */
@FunctionalInterface
public interface SecretMasker {
    SecretMasker NONE = value -> Optional.empty();

    String MASK = "<masked>";

    /** The {@code ${secrets://...}} reference a live value came from, if known. */
    Optional<String> referenceFor(String value);
}
