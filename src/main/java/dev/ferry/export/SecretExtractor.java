package dev.ferry.export;

import dev.ferry.canonical.SecretShapes;
import dev.ferry.yaml.SourceMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes secrets out of live objects before anything is written (B35). Header values that sit in
 * a secret-sounding header or look like a key, and the legacy webhook secret, are replaced whole
 * by {@code ${secrets://<slug>/<header>}}; key-shaped tokens anywhere else in a string (a bearer
 * token pasted into a prompt, {@code sk_live_...}) are replaced inside the text. Each reference
 * is listed for the user to fill; values are only compared in memory, to give one value one
 * reference, and are never written.
 */
final class SecretExtractor {
    // Shapes strong enough to act on inside prose: a prefixed key, a GitHub or Slack token, an AWS
    // key id, a JWT, a bearer token. Generic long random strings are judged only as whole values.
    private static final Pattern TOKEN_IN_TEXT = Pattern.compile("(?<![A-Za-z0-9_-])("
            + "(?:sk|pk|rk)[-_][-_A-Za-z0-9]*[0-9][-_A-Za-z0-9]*"
            + "|gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}"
            + "|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})"
            + "|(?i:bearer)\\s+([A-Za-z0-9._~+/=-]*[0-9][A-Za-z0-9._~+/=-]*)");
    private static final int MIN_TOKEN = 16;
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{secrets://[^}]*}");
    private static final Pattern NON_NAME = Pattern.compile("[^a-z0-9._-]+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> valueByReference = new HashMap<>();
    private final Map<String, SecretReference> references = new LinkedHashMap<>();

    /** Replaces the secrets of one resource's body in place. */
    void extract(ObjectNode body, String slug, String file) {
        if (body.get("server") instanceof ObjectNode server) {
            headers(server.get("headers"), "/server/headers", slug, file);
            webhookSecret(server, "secret", "/server/secret", "server-secret", slug, file);
        }
        webhookSecret(body, "serverUrlSecret", "/serverUrlSecret", "server-url-secret", slug, file);
        JsonNode headers = body.get("headers");
        if (headers != null && headers.get("properties") instanceof ObjectNode properties) {
            for (var header : properties.properties()) {
                if (header.getValue() instanceof ObjectNode schema && schema.path("value").isString()) {
                    String pointer = SourceMap.child("/headers/properties", header.getKey()) + "/value";
                    replaceIfSecret(schema, "value", header.getKey(), pointer, slug, file);
                }
            }
        } else {
            headers(headers, "/headers", slug, file);
        }
        scanText(body, "", slug, file);
    }

    /** Records the secret behind an {@code authRef}, which the user must also fill. */
    void authRef(String secretPath, String file, String livePointer) {
        String reference = "secrets://" + secretPath;
        references.putIfAbsent(reference + "\n" + file, new SecretReference(reference, file, livePointer));
    }

    List<SecretReference> references() {
        return new ArrayList<>(references.values());
    }

    private void headers(JsonNode headers, String base, String slug, String file) {
        if (headers instanceof ObjectNode object) {
            for (var header : object.properties()) {
                if (header.getValue().isString()) {
                    replaceIfSecret(object, header.getKey(), header.getKey(),
                            SourceMap.child(base, header.getKey()), slug, file);
                }
            }
        }
    }

    private void replaceIfSecret(ObjectNode owner, String field, String header, String pointer, String slug,
            String file) {
        String value = owner.get(field).asString();
        if (value.isBlank() || value.contains("${secrets://") || value.contains("{{")) {
            return;
        }
        if (SecretShapes.mayBeSecretHeader(header) || SecretShapes.looksLikeSecret(value)) {
            owner.put(field, "${" + reference(slug, header, value, file, pointer) + "}");
        }
    }

    private void webhookSecret(ObjectNode owner, String field, String pointer, String name, String slug, String file) {
        JsonNode value = owner.get(field);
        if (value != null && value.isString() && !value.asString().isEmpty()
                && !REFERENCE.matcher(value.asString().strip()).matches()) {
            owner.put(field, "${" + reference(slug, name, value.asString(), file, pointer) + "}");
        }
    }

    private void scanText(JsonNode node, String pointer, String slug, String file) {
        if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                String child = SourceMap.child(pointer, entry.getKey());
                if (entry.getValue().isString()) {
                    String name = child.equals("/model/messages/0/content") ? "prompt" : entry.getKey();
                    replaceTokens(entry.getValue().asString(), name, child, slug, file)
                            .ifPresent(text -> object.put(entry.getKey(), text));
                } else {
                    scanText(entry.getValue(), child, slug, file);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = SourceMap.child(pointer, i);
                if (array.get(i).isString()) {
                    int index = i;
                    replaceTokens(array.get(i).asString(), lastField(pointer), child, slug, file)
                            .ifPresent(text -> array.set(index, NODES.stringNode(text)));
                } else {
                    scanText(array.get(i), child, slug, file);
                }
            }
        }
    }

    private Optional<String> replaceTokens(String text, String name, String pointer, String slug,
            String file) {
        Matcher matcher = TOKEN_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : 2;
            String token = matcher.group(group);
            if (token.length() < MIN_TOKEN || insideReference(text, matcher.start(group))) {
                continue;
            }
            out.append(text, copied, matcher.start(group));
            out.append("${").append(reference(slug, name, token, file, pointer)).append('}');
            copied = matcher.end(group);
            changed = true;
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(out.append(text, copied, text.length()).toString());
    }

    private static boolean insideReference(String text, int index) {
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            if (reference.start() <= index && index < reference.end()) {
                return true;
            }
        }
        return false;
    }

    /** One reference per value and resource; a name already used for another value gets a number. */
    private String reference(String slug, String name, String value, String file, String pointer) {
        String base = "secrets://" + slug + "/" + referenceName(name);
        String reference = base;
        for (int n = 2; valueByReference.containsKey(reference) && !valueByReference.get(reference).equals(value);
                n++) {
            reference = base + "-" + n;
        }
        valueByReference.put(reference, value);
        String written = "${" + reference + "}";
        references.putIfAbsent(written + "\n" + file, new SecretReference(written, file, pointer));
        return reference;
    }

    private static String referenceName(String name) {
        String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String cleaned = NON_NAME.matcher(kebab).replaceAll("-").replaceAll("^[-.]+|[-.]+$", "");
        return cleaned.isEmpty() ? "secret" : cleaned;
    }

    private static String lastField(String pointer) {
        String[] tokens = pointer.split("/");
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (!tokens[i].isEmpty() && !tokens[i].chars().allMatch(Character::isDigit)) {
                return tokens[i];
            }
        }
        return "secret";
    }
}
