package dev.ferry.secrets;

import dev.ferry.canonical.SecretMasker;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The secret values of one run, held in memory only. Payloads keep their {@code ${secrets://...}}
 * placeholders everywhere (plans, backups, logs); {@link #substitute} fills them in at the moment a
 * request is built. Live objects go the other way through {@link #scrub} and {@link #masker}, so that a
 * value Ferry sent comes back as its reference and never reaches a screen or a file.
 */
public final class ResolvedSecrets {
    /** Values shorter than this are replaced only where a whole string equals them, not inside text. */
    private static final int MIN_SCRUBBED_LENGTH = 4;

    private final Map<SecretRef, String> values;
    private final Fingerprints fingerprints;

    ResolvedSecrets(Map<SecretRef, String> values, Fingerprints fingerprints) {
        this.values = new TreeMap<>(values);
        this.fingerprints = fingerprints;
    }

    /** No secrets at all: for payloads without references, and for reading without resolving. */
    public static ResolvedSecrets none(Fingerprints fingerprints) {
        return new ResolvedSecrets(Map.of(), fingerprints);
    }

    public Fingerprints fingerprints() {
        return fingerprints;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Hands every value to {@code sink} once, e.g. to register it with a log redactor. */
    public void forEachValue(Consumer<String> sink) {
        values.values().forEach(sink);
    }

    /** A copy of {@code payload} with every placeholder replaced by its value; for sending only. */
    public JsonNode substitute(JsonNode payload) {
        return mapStrings(payload, this::fill);
    }

    /**
     * The fingerprint of every string of {@code payload} that holds a placeholder, keyed by that string
     * as written (the template): what the ledger keeps to tell later that a secret changed.
     */
    public Map<String, String> fingerprintsOf(JsonNode payload) {
        Map<String, String> found = new TreeMap<>();
        visitStrings(payload, text -> {
            if (SecretRef.hasPlaceholder(text)) {
                found.put(text, fingerprints.of(fill(text)));
            }
        });
        return found;
    }

    /** A copy of a live object with every value of this run put back as its placeholder. */
    public JsonNode scrub(JsonNode live) {
        if (values.isEmpty()) {
            return live.deepCopy();
        }
        return mapStrings(live, this::scrubText);
    }

    /**
     * Turns a live value back into the template it came from: values of this run directly, values of
     * earlier runs through the fingerprints the ledger kept for their templates.
     */
    public SecretMasker masker(Map<String, String> ledgerFingerprints) {
        Map<String, String> templateByFingerprint = new HashMap<>();
        ledgerFingerprints.forEach((template, fingerprint) -> templateByFingerprint.put(fingerprint, template));
        return value -> {
            if (SecretRef.hasPlaceholder(value)) {
                return Optional.of(value);
            }
            String template = templateByFingerprint.get(fingerprints.of(value));
            if (template != null) {
                return Optional.of(template);
            }
            String scrubbed = scrubText(value);
            return scrubbed.equals(value) ? Optional.empty() : Optional.of(scrubbed);
        };
    }

    private String fill(String text) {
        if (!SecretRef.hasPlaceholder(text)) {
            return text;
        }
        return SecretRef.substitute(text, ref -> {
            String value = values.get(ref);
            if (value == null) {
                throw new IllegalStateException(ref.uri() + " was not resolved before sending");
            }
            return value;
        });
    }

    private String scrubText(String text) {
        String result = text;
        List<Map.Entry<SecretRef, String>> longestFirst = values.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<SecretRef, String> e) -> e.getValue().length()).reversed())
                .toList();
        for (Map.Entry<SecretRef, String> entry : longestFirst) {
            String value = entry.getValue();
            if (result.equals(value)) {
                return entry.getKey().placeholder();
            }
            if (value.length() >= MIN_SCRUBBED_LENGTH) {
                result = result.replace(value, entry.getKey().placeholder());
            }
        }
        return result;
    }

    /** A copy of {@code node} with every string value passed through {@code text}. */
    public static JsonNode mapStrings(JsonNode node, java.util.function.UnaryOperator<String> text) {
        if (node.isString()) {
            return JsonNodeFactory.instance.stringNode(text.apply(node.asString()));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (var entry : object.properties()) {
                copy.set(entry.getKey(), mapStrings(entry.getValue(), text));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(mapStrings(item, text)));
            return copy;
        }
        return node.deepCopy();
    }

    /** Calls {@code visitor} with every string value in {@code node}. */
    public static void visitStrings(JsonNode node, Consumer<String> visitor) {
        if (node.isString()) {
            visitor.accept(node.asString());
        } else if (node.isContainer()) {
            for (JsonNode child : node) {
                visitStrings(child, visitor);
            }
        }
    }

    /** Every reference used anywhere in {@code payload}. */
    public static List<SecretRef> refsIn(JsonNode payload) {
        List<SecretRef> refs = new java.util.ArrayList<>();
        visitStrings(payload, text -> refs.addAll(SecretRef.findIn(text)));
        return refs;
    }
}
