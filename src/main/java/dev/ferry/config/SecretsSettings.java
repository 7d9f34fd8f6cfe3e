package dev.ferry.config;

import java.util.Map;

/**
 * How one environment resolves {@code secrets://} references: the provider name and its
 * settings as written ({@code prefix} for env, {@code address} for vault, {@code command} for exec).
 */
public record SecretsSettings(String provider, Map<String, Object> settings) {
    public static final SecretsSettings NONE = new SecretsSettings("env", Map.of());

    public SecretsSettings {
        settings = Map.copyOf(settings);
    }
}
