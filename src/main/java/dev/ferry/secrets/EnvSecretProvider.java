package dev.ferry.secrets;

import dev.ferry.config.ProcessEnv;
import java.util.Locale;
import java.util.Optional;

/**
 * Secrets from the process environment: {@code secrets://jira/token} is {@code $<PREFIX>JIRA_TOKEN},
 * the path upper-cased with every character that may not appear in a variable name turned into {@code _}.
 */
final class EnvSecretProvider implements SecretProvider {
    private final String prefix;
    private final ProcessEnv env;

    EnvSecretProvider(String prefix, ProcessEnv env) {
        this.prefix = prefix == null ? "" : prefix;
        this.env = env;
    }

    static String variableOf(String prefix, SecretRef ref) {
        return prefix + ref.path().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    }

    @Override
    public Optional<String> lookup(SecretRef ref) {
        return env.get(variableOf(prefix, ref));
    }

    @Override
    public String whereFor(SecretRef ref) {
        return "$" + variableOf(prefix, ref);
    }
}
