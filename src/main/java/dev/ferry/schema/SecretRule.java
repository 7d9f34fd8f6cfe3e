package dev.ferry.schema;

import dev.ferry.canonical.SecretShapes;
import dev.ferry.config.ResourceDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Secrets are references, never values: {@code ${secrets://...}} and {@code authRef} use the one
 * {@code secrets://path} form ({@code secret-syntax}), and values that look like keys or tokens in
 * headers, server secrets or {@code authRef} are errors ({@code secret-literal}). Whether a
 * reference resolves is checked by {@code plan}, which has the secrets; this needs none.
 */
final class SecretRule implements LintRule {
    static final Pattern REFERENCE = Pattern.compile("secrets://[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    @Override
    public void check(LintContext context) {
        for (ResourceDocument document : context.documents()) {
            Strings.forEach(document.yaml().root(), "", (pointer, text) -> checkPlaceholders(context, document,
                    pointer, text));
            JsonNode spec = document.spec();
            checkAuthRef(context, document, spec.path("authRef"));
            checkHeaders(context, document, spec.path("server").path("headers"), "/spec/server/headers");
            checkHeaders(context, document, spec.path("headers"), "/spec/headers");
            for (String field : new String[] {"secret", "serverUrlSecret"}) {
                JsonNode owner = field.equals("secret") ? spec.path("server") : spec;
                String pointer = field.equals("secret") ? "/spec/server/secret" : "/spec/serverUrlSecret";
                if (owner.path(field).isString() && !isReference(owner.get(field).asString())) {
                    context.error(document, pointer, "holds a literal secret; write ${secrets://PATH} and keep the "
                            + "value in the environment's secret store", "secret-literal");
                }
            }
        }
    }

    private static void checkPlaceholders(LintContext context, ResourceDocument document, String pointer, String text) {
        Matcher matcher = ParamRule.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String inside = matcher.group(1).strip();
            if (inside.startsWith("secrets:") && !REFERENCE.matcher(inside).matches()) {
                context.error(document, pointer, "malformed secret reference '${" + inside + "}'; write "
                        + "${secrets://path/to/secret} with letters, digits, '.', '_' and '-'", "secret-syntax");
            }
        }
    }

    private static void checkAuthRef(LintContext context, ResourceDocument document, JsonNode authRef) {
        String pointer = authRef.isObject() ? "/spec/authRef/secret" : "/spec/authRef";
        JsonNode value = authRef.isObject() ? authRef.path("secret") : authRef;
        if (!value.isString()) {
            return;
        }
        String text = value.asString();
        if (REFERENCE.matcher(text).matches()) {
            return;
        }
        if (SecretShapes.looksLikeSecret(text)) {
            context.error(document, pointer, "holds what looks like a literal key or token; write a reference such "
                    + "as secrets://jira/token", "secret-literal");
        } else {
            context.error(document, pointer, "must be a secrets://path reference (found '" + text + "')",
                    "secret-syntax");
        }
    }

    private static void checkHeaders(LintContext context, ResourceDocument document, JsonNode headers, String base) {
        // apiRequest tools describe their headers as a JSON schema whose properties carry the values.
        if (headers.path("type").isString() && headers.path("properties").isObject()) {
            checkHeaders(context, document, headers.get("properties"), base + "/properties");
            return;
        }
        for (var header : headers.properties()) {
            JsonNode value = header.getValue();
            String pointer = base + "/" + header.getKey();
            if (value.isObject() && value.path("value").isString()) {
                value = value.get("value");
                pointer = base + "/" + header.getKey() + "/value";
            }
            if (!value.isString()) {
                continue;
            }
            String text = value.asString();
            boolean secretHeader = SecretShapes.isSecretHeader(header.getKey());
            if (!containsReference(text) && !text.contains("{{") && (secretHeader || SecretShapes.looksLikeSecret(text))) {
                context.error(document, pointer, "header '" + header.getKey() + "' holds a literal secret; write "
                        + "${secrets://PATH} or use authRef", "secret-literal");
            }
        }
    }

    private static boolean isReference(String text) {
        return text.strip().matches("\\$\\{secrets://[^}]+}");
    }

    private static boolean containsReference(String text) {
        return text.contains("${secrets://");
    }
}
