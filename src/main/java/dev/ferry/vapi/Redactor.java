package dev.ferry.vapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The one masking step every Vapi request and response passes before anything is logged or put into a
 * message (pitfall B35). It masks credential secret fields, the values of {@code headers} objects (the
 * {@code server.headers} of any resource and the headers of apiRequest tools, which Vapi returns in plain
 * text) and of code tools' {@code environmentVariables}, the Authorization header of Ferry's own calls,
 * and any value registered as a secret. It is thread-safe and meant to be shared by every package that
 * shows API data.
 */
public final class Redactor {
    public static final String MASK = "[redacted]";

    /** Credential and legacy secret fields; Vapi omits most of them on GET, but request bodies carry them. */
    private static final Set<String> SECRET_FIELDS = Set.of(
            "apikey", "authtoken", "token", "secret", "apisecret", "secretaccesskey", "privatekey",
            "hmacsecret", "password", "twilioauthtoken", "twilioapikey", "twilioapisecret", "serverurlsecret",
            "clientsecret", "accesstoken", "refreshtoken", "secretkey", "authorization");
    /** Maps whose every value is masked: header values come back in plain text, and code tools keep keys in env. */
    private static final Set<String> MASKED_MAPS = Set.of("headers", "sipheaders", "environmentvariables");
    // Header maps of apiRequest tools are JSON-schema shaped; keeping "type" keeps them readable.
    private static final String SCHEMA_TYPE_KEY = "type";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
    // Names "key" but carries a run's bookkeeping, which the audit needs to see.
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern SENSITIVE_HEADER = Pattern.compile("(?i).*(authorization|cookie|token|secret|key).*");
    // Shorter registered values are masked only where a whole JSON string equals them: replacing every
    // occurrence of a two-letter value would garble the text without protecting anything.
    private static final int MIN_SUBSTRING_SECRET = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Masks {@code value} wherever it appears from now on; null and blank values are ignored. */
    public void registerSecret(String value) {
        if (value != null && !value.isBlank()) {
            secrets.add(value);
        }
    }

    /** A masked deep copy of {@code node}; the argument is left untouched. */
    public JsonNode redact(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        return scrub(copy, orderedSecrets());
    }

    /** Masks registered secrets and bearer tokens in free text such as a message or a non-JSON body. */
    public String redactText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return maskRegistered(text, orderedSecrets());
    }

    /** A raw HTTP body masked as JSON when it parses, as free text otherwise. */
    public String redactBody(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        try {
            return JSON.writeValueAsString(redact(JSON.readTree(body)));
        } catch (JacksonException notJson) {
            return redactText(body);
        }
    }

    /** The value of an HTTP header as it may be shown: masked for credentials, keys, tokens and cookies. */
    public String redactHeader(String name, String value) {
        boolean sensitive = SENSITIVE_HEADER.matcher(name).matches() && !IDEMPOTENCY_KEY.equalsIgnoreCase(name);
        return sensitive ? MASK : redactText(value);
    }

    private List<String> orderedSecrets() {
        List<String> ordered = new ArrayList<>(secrets);
        // Longest first, so a secret that contains another is masked whole.
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        return ordered;
    }

    private JsonNode scrub(JsonNode node, List<String> ordered) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = field.getValue();
                if (SECRET_FIELDS.contains(key) && !value.isNull()) {
                    field.setValue(StringNode.valueOf(MASK));
                } else if (MASKED_MAPS.contains(key) && value.isContainer()) {
                    field.setValue(maskLeaves(value));
                } else {
                    field.setValue(scrub(value, ordered));
                }
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, scrub(array.get(i), ordered));
            }
            return array;
        }
        if (node.isString()) {
            return StringNode.valueOf(maskRegistered(node.stringValue(), ordered));
        }
        return node;
    }

    private static JsonNode maskLeaves(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                boolean schemaType = SCHEMA_TYPE_KEY.equals(field.getKey()) && value.isString();
                if (!schemaType) {
                    field.setValue(maskLeaves(value));
                }
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, maskLeaves(array.get(i)));
            }
            return array;
        }
        return node.isNull() ? node : StringNode.valueOf(MASK);
    }

    private static String maskRegistered(String value, List<String> ordered) {
        String result = value;
        for (String secret : ordered) {
            if (result.equals(secret)) {
                return MASK;
            }
            if (secret.length() >= MIN_SUBSTRING_SECRET) {
                result = result.replace(secret, MASK);
            }
        }
        return BEARER.matcher(result).replaceAll("$1" + MASK);
    }
}
