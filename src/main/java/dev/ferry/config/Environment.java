package dev.ferry.config;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One environment of {@code environments.yaml}: the Vapi org it is bound to, how Ferry reaches
 * it, who may write it and the params its resources are rendered with.
 *
 * @param api {@code sandbox} for the embedded server, or a base URL
 * @param token a token reference ({@code env:NAME}, {@code file:PATH}, {@code secrets://PATH}), or null
 * @param params the merged params: {@code defaults.params} overlaid with this environment's own
 */
public record Environment(
        String name,
        String org,
        String orgId,
        String api,
        String token,
        Access access,
        String promotesFrom,
        boolean isProtected,
        SecretsSettings secrets,
        Map<String, JsonNode> params,
        RateLimits limits) {

    public static final String SANDBOX = "sandbox";

    public Environment {
        params = Map.copyOf(params);
    }

    public boolean isSandbox() {
        return SANDBOX.equals(api);
    }

    public Optional<String> promotesFromName() {
        return Optional.ofNullable(promotesFrom);
    }
}
