package dev.ferry.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Builds {@link Environments} from an {@code environments.yaml} tree that passed its schema, so
 * every shape check has been done and only defaults are filled in here.
 */
public final class EnvironmentsParser {
    private EnvironmentsParser() {}

    public static Environments parse(JsonNode root) {
        JsonNode defaults = root.path("defaults");
        Map<String, JsonNode> defaultParams = params(defaults.path("params"));
        RateLimits defaultLimits = limits(defaults.path("apply"), RateLimits.DEFAULT);
        Map<String, Environment> environments = new LinkedHashMap<>();
        for (var entry : root.path("environments").properties()) {
            environments.put(entry.getKey(), environment(entry.getKey(), entry.getValue(), defaultParams, defaultLimits));
        }
        List<IgnoreRule> ignore = new ArrayList<>();
        for (JsonNode rule : root.path("ignore")) {
            ignore.add(ignoreRule(rule));
        }
        return new Environments(root.path("project").asString(), environments, ignore);
    }

    private static Environment environment(
            String name, JsonNode node, Map<String, JsonNode> defaultParams, RateLimits defaultLimits) {
        Map<String, JsonNode> params = new LinkedHashMap<>(defaultParams);
        params.putAll(params(node.path("params")));
        String api = node.path("api").asString();
        Access access = node.has("access") ? Access.parse(node.get("access").asString()) : Access.READ;
        return new Environment(
                name,
                node.path("org").asString(),
                text(node, "orgId"),
                api,
                text(node, "token"),
                access,
                text(node, "promotesFrom"),
                node.path("protected").asBoolean(false),
                secrets(node.path("secrets")),
                params,
                limits(node.path("apply"), defaultLimits));
    }

    private static SecretsSettings secrets(JsonNode node) {
        if (!node.isObject()) {
            return SecretsSettings.NONE;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            if (!entry.getKey().equals("provider")) {
                JsonNode value = entry.getValue();
                if (value.isArray()) {
                    List<String> items = new ArrayList<>();
                    value.forEach(item -> items.add(item.asString()));
                    settings.put(entry.getKey(), List.copyOf(items));
                } else {
                    settings.put(entry.getKey(), value.asString());
                }
            }
        }
        return new SecretsSettings(node.path("provider").asString("env"), settings);
    }

    private static RateLimits limits(JsonNode node, RateLimits fallback) {
        double rate = node.has("maxRequestsPerSecond") ? node.get("maxRequestsPerSecond").asDouble()
                : fallback.maxRequestsPerSecond();
        int concurrent = node.has("maxConcurrentRequests") ? node.get("maxConcurrentRequests").asInt()
                : fallback.maxConcurrentRequests();
        return new RateLimits(rate, concurrent);
    }

    private static Map<String, JsonNode> params(JsonNode node) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            params.put(entry.getKey(), entry.getValue());
        }
        return params;
    }

    private static IgnoreRule ignoreRule(JsonNode node) {
        Kind kind = Kind.parse(node.path("kind").asString()).orElseThrow();
        LocalDate until = null;
        if (node.has("until")) {
            try {
                until = LocalDate.parse(node.get("until").asString());
            } catch (DateTimeParseException e) {
                until = null; // reported by lint as ignore-until
            }
        }
        return new IgnoreRule(kind, text(node, "path"), text(node, "name"), text(node, "reason"), text(node, "owner"),
                until);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
