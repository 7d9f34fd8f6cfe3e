package dev.ferry.schema;

import dev.ferry.config.Environment;
import dev.ferry.config.Environments;
import dev.ferry.config.IgnoreRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks {@code environments.yaml} beyond its schema: tokens are references and present where the
 * API is not the sandbox ({@code env-token}), {@code api} is {@code sandbox} or an http(s) URL
 * ({@code env-api}), {@code promotesFrom} names a known environment without loops
 * ({@code promotes-unknown}, {@code promotes-cycle}), and every ignore rule has a reason and has
 * not expired ({@code ignore-reason}, {@code ignore-until}, {@code ignore-expired}).
 */
final class EnvironmentRule implements LintRule {
    private static final Pattern TOKEN_REFERENCE =
            Pattern.compile("env:[A-Za-z_][A-Za-z0-9_]*|file:.+|secrets://[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Pattern API_URL = Pattern.compile("https?://[^\\s/]+(/\\S*)?");

    @Override
    public void check(LintContext context) {
        context.environments().ifPresent(environments -> {
            for (Environment environment : environments.byName().values()) {
                checkApiAndToken(context, environment);
                checkPromotion(context, environments, environment);
            }
            checkIgnoreRules(context, environments.ignore());
        });
    }

    private static void checkApiAndToken(LintContext context, Environment environment) {
        String base = "/environments/" + environment.name();
        if (!environment.isSandbox() && !API_URL.matcher(environment.api()).matches()) {
            context.environmentsError(base + "/api", "must be 'sandbox' or an http(s) base URL (found '"
                    + environment.api() + "')", "env-api");
        }
        String token = environment.token();
        if (token == null) {
            if (!environment.isSandbox()) {
                context.environmentsKeyError(base, "environment '" + environment.name() + "' has no token; add token: "
                        + "env:VAPI_TOKEN_" + environment.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
                        "env-token");
            }
        } else if (!TOKEN_REFERENCE.matcher(token).matches()) {
            context.environmentsError(base + "/token", "must be a reference (env:NAME, file:PATH or "
                    + "secrets://PATH), never the token itself", "env-token");
        }
    }

    private static void checkPromotion(LintContext context, Environments environments, Environment environment) {
        String source = environment.promotesFrom();
        if (source == null) {
            return;
        }
        String pointer = "/environments/" + environment.name() + "/promotesFrom";
        if (!environments.byName().containsKey(source)) {
            context.environmentsError(pointer, "promotes from unknown environment '" + source + "'",
                    "promotes-unknown");
            return;
        }
        Set<String> seen = new HashSet<>();
        String current = environment.name();
        while (current != null && seen.add(current)) {
            current = environments.find(current).map(Environment::promotesFrom).orElse(null);
        }
        if (current != null && current.equals(environment.name())) {
            context.environmentsError(pointer, "promotion loop: environment '" + environment.name()
                    + "' ends up promoting from itself", "promotes-cycle");
        }
    }

    private static void checkIgnoreRules(LintContext context, List<IgnoreRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            IgnoreRule rule = rules.get(i);
            String pointer = "/ignore/" + i;
            if (rule.reason() == null || rule.reason().isBlank()) {
                context.environmentsError(pointer, "ignore rule has no reason; say why Ferry must not manage it",
                        "ignore-reason");
            }
            // The parser leaves until null for a date the schema's pattern lets through, such as 2026-02-30.
            String written = context.repo().environmentsFile().map(yaml -> yaml.root().at(pointer + "/until"))
                    .filter(JsonNode::isString).map(JsonNode::asString).orElse(null);
            if (rule.until() == null && written != null) {
                context.environmentsError(pointer + "/until", "'" + written + "' is not a date; write YYYY-MM-DD",
                        "ignore-until");
            }
            if (rule.until() != null && rule.until().isBefore(context.today())) {
                context.environmentsError(pointer + "/until", "ignore rule expired on " + rule.until()
                        + "; remove it or set a new date", "ignore-expired");
            }
        }
    }
}
