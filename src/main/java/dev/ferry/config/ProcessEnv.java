package dev.ferry.config;

import java.util.Map;
import java.util.Optional;

/**
 * The process environment as Ferry sees it. Every read of an environment variable (tokens, secrets,
 * {@code CI}, {@code FERRY_<ENV>_API}) goes through one instance made at start-up, so that tests decide
 * what the process "has" instead of inheriting the machine's.
 */
public final class ProcessEnv {
    private final Map<String, String> variables;

    private ProcessEnv(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static ProcessEnv of(Map<String, String> variables) {
        return new ProcessEnv(variables);
    }

    /** The variable's value when it is set and not blank. */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Whether this process runs in CI: {@code CI=true}, as GitHub Actions and most CI systems set it. */
    public boolean isCi() {
        return get("CI").map(value -> value.strip().equalsIgnoreCase("true")).orElse(false);
    }

    public Map<String, String> asMap() {
        return variables;
    }
}
