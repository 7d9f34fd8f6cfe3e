package dev.ferry.secrets;

import java.util.Optional;

/**
 * Where one environment's secrets live: its process environment, a file kept out of Git, HashiCorp
 * Vault, or a command. A provider hands values over in memory only; nothing it returns is stored.
 */
public interface SecretProvider {
    /**
     * The secret's value, or empty when the provider has no such secret.
     *
     * @throws SecretLookupException when the provider itself cannot be asked (unreachable, refused,
     *     timed out); its message never holds a value
     */
    Optional<String> lookup(SecretRef ref);

    /** Where the provider looked for {@code ref}, for messages: {@code $DEV_JIRA_TOKEN}. */
    String whereFor(SecretRef ref);
}
