package dev.ferry.export;

import dev.ferry.canonical.Canonicalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A live credential that Ferry itself would have made from an {@code authRef}: a
 * {@code custom-credential} with a bearer authentication plan, named after its secret path
 * ({@code crm/api-key}, or {@code crm/api-key#X-Api-Key} with a header name). Only such a
 * credential can be written back as an {@code authRef}; any other stays an unresolved id.
 *
 * @param key the credential's render key, which is also its live name
 * @param secretPath the path after {@code secrets://}
 */
record CredentialForm(String key, String secretPath, String headerName, boolean headerType) {
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*)(?:#(.+))?");
    private static final Set<String> TOP_LEVEL = Set.of("provider", "name", "authenticationPlan");
    private static final Set<String> PLAN = Set.of("type", "token", "headerName", "bearerPrefixEnabled");

    static Optional<CredentialForm> of(JsonNode body) {
        for (String field : body.propertyNames()) {
            if (!TOP_LEVEL.contains(field) && !Canonicalizer.isServerOwned(field)) {
                return Optional.empty();
            }
        }
        JsonNode plan = body.path("authenticationPlan");
        if (!"custom-credential".equals(body.path("provider").asString(null)) || !plan.isObject()
                || !"bearer".equals(plan.path("type").asString(null)) || !body.path("name").isString()) {
            return Optional.empty();
        }
        for (String field : plan.propertyNames()) {
            if (!PLAN.contains(field)) {
                return Optional.empty();
            }
        }
        JsonNode prefix = plan.get("bearerPrefixEnabled");
        if (prefix != null && !(prefix.isBoolean() && !prefix.asBoolean())) {
            return Optional.empty();
        }
        Matcher name = NAME.matcher(body.get("name").asString());
        JsonNode headerName = plan.get("headerName");
        if (!name.matches() || headerName != null && !headerName.isString()) {
            return Optional.empty();
        }
        String header = headerName == null ? null : headerName.asString();
        if (header == null ? name.group(2) != null : !header.equals(name.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new CredentialForm(name.group(0), name.group(1), header, prefix != null));
    }

    /** The {@code authRef} that renders to this credential. */
    JsonNode authRef() {
        String secret = "secrets://" + secretPath;
        if (headerName == null && !headerType) {
            return JsonNodeFactory.instance.stringNode(secret);
        }
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        form.put("secret", secret);
        if (headerType) {
            form.put("type", "header");
        }
        if (headerName != null) {
            form.put("headerName", headerName);
        }
        return form;
    }
}
