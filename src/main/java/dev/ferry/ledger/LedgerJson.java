package dev.ferry.ledger;

import dev.ferry.render.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ledger's JSON shape. Keys are written sorted and one entry per resource key, so that a targeted
 * apply changes only its own lines in {@code git diff} (pitfall B14).
 */
final class LedgerJson {
    static final int FORMAT = 1;
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final JsonMapper COMPACT = JsonMapper.builder().build();

    private LedgerJson() {}

    static ObjectNode write(Ledger ledger) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("environment", ledger.environment());
        AppliedRevision applied = ledger.lastAppliedOrNull();
        if (applied != null) {
            root.set("lastApplied", applied(applied));
        }
        if (ledger.testsNode() != null) {
            root.set("tests", ledger.testsNode());
        }
        ObjectNode resources = root.putObject("resources");
        ledger.entryMap().forEach((key, entry) -> resources.set(key, entry(entry)));
        return root;
    }

    static ObjectNode entry(LedgerEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("target", entry.target().spelling());
        node.put("key", entry.key());
        node.put("kind", entry.kind());
        node.put("slug", entry.slug());
        node.put("id", entry.id());
        node.put("sha", entry.sha());
        node.put("hash", entry.hash());
        entry.fields().forEach(node.putArray("fields")::add);
        ObjectNode secrets = node.putObject("secrets");
        entry.secrets().forEach(secrets::put);
        node.put("appliedAt", entry.appliedAt());
        node.put("run", entry.run());
        return node;
    }

    static ObjectNode applied(AppliedRevision applied) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("sha", applied.sha());
        node.put("dirty", applied.dirty());
        node.put("run", applied.run());
        node.put("at", applied.at());
        return node;
    }

    static ObjectNode verdict(TestVerdict verdict) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("verdict", verdict.verdict());
        node.put("sha", verdict.sha());
        node.put("dirty", verdict.dirty());
        node.put("complete", verdict.complete());
        node.put("passed", verdict.passed());
        node.put("failed", verdict.failed());
        node.put("at", verdict.at());
        return node;
    }

    /** The verdict in a {@code tests} node; empty when the node is not one this version wrote. */
    static java.util.Optional<TestVerdict> verdict(JsonNode node) {
        if (!node.isObject() || !node.path("passed").isInt() || !node.path("failed").isInt()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TestVerdict(text(node, "sha"), node.path("dirty").asBoolean(false),
                node.path("complete").asBoolean(false), node.get("passed").asInt(), node.get("failed").asInt(),
                text(node, "at")));
    }

    /** @throws IllegalArgumentException saying what is wrong with the shape */
    static Ledger read(String environment, JsonNode root) {
        if (!root.isObject() || root.path("format").asInt(0) != FORMAT || !root.path("resources").isObject()) {
            throw new IllegalArgumentException("not a Ferry ledger of format " + FORMAT
                    + " (needs \"format\": 1 and a \"resources\" object)");
        }
        String written = root.path("environment").asString(environment);
        if (!written.equals(environment)) {
            throw new IllegalArgumentException("it is the ledger of environment '" + written + "'");
        }
        Map<String, LedgerEntry> entries = new TreeMap<>();
        for (var property : root.get("resources").properties()) {
            LedgerEntry entry = entry(property.getValue(), property.getKey());
            entries.put(entry.ledgerKey(), entry);
        }
        AppliedRevision applied = root.has("lastApplied") ? applied(root.get("lastApplied")) : null;
        // A ledger that holds only a test verdict records no apply: drift still cannot tell drift from pending.
        boolean recordsApply = applied != null || !entries.isEmpty() || !root.has("tests");
        return new Ledger(environment, recordsApply, applied, root.get("tests"), entries);
    }

    static LedgerEntry entry(JsonNode node, String where) {
        Target target;
        try {
            target = Target.parse(node.path("target").asString(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("resource " + where + " has no valid target");
        }
        String key = node.path("key").asString("");
        String id = node.path("id").asString("");
        if (key.isEmpty() || id.isEmpty()) {
            throw new IllegalArgumentException("resource " + where + " needs a key and an id");
        }
        List<String> fields = new ArrayList<>();
        node.path("fields").forEach(field -> fields.add(field.asString()));
        Map<String, String> secrets = new TreeMap<>();
        node.path("secrets").properties().forEach(e -> secrets.put(e.getKey(), e.getValue().asString()));
        return new LedgerEntry(target, key, text(node, "kind"), text(node, "slug"), id, text(node, "sha"),
                text(node, "hash"), fields, secrets, text(node, "appliedAt"), text(node, "run"));
    }

    static AppliedRevision applied(JsonNode node) {
        return new AppliedRevision(text(node, "sha"), node.path("dirty").asBoolean(false), text(node, "run"),
                text(node, "at"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
