package dev.ferry.secrets;

import dev.ferry.config.Environment;
import dev.ferry.config.ProcessEnv;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Builds the provider an environment's {@code secrets:} block names, with its settings. */
public final class SecretProviders {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private SecretProviders() {}

    public static SecretProvider forEnvironment(Environment environment, Path repoRoot, ProcessEnv env) {
        Map<String, Object> settings = environment.secrets().settings();
        return switch (environment.secrets().provider()) {
            case "env" -> new EnvSecretProvider(text(settings, "prefix"), env);
            case "file" -> new FileSecretProvider(repoRoot, text(settings, "path"));
            case "vault" -> new VaultSecretProvider(text(settings, "address"), text(settings, "mount"),
                    text(settings, "path"), env.get("VAULT_TOKEN").orElse(null), timeout(settings));
            case "exec" -> new ExecSecretProvider(command(settings), timeout(settings), env.asMap());
            default -> throw new SecretLookupException("unknown secrets provider '" + environment.secrets().provider()
                    + "'; use env, file, vault or exec");
        };
    }

    private static String text(Map<String, Object> settings, String key) {
        Object value = settings.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> command(Map<String, Object> settings) {
        Object value = settings.get("command");
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static Duration timeout(Map<String, Object> settings) {
        Object value = settings.get("timeoutSeconds");
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.toString()) * 1000));
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT;
        }
    }
}
