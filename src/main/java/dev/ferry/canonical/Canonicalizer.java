package dev.ferry.canonical;

import dev.ferry.config.IgnoreRule;
import dev.ferry.config.Kind;
import dev.ferry.render.FieldPattern;
import dev.ferry.render.RefFields;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.render.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one canonical form (design section 5) that display, hashing, diff and export share. The
 * same call serves a live object and a rendered payload, so that "in sync" means their canonical
 * trees are equal: server-owned fields dropped, ids and placeholders turned into keys, secrets
 * shown as references, sets sorted, keys sorted, numbers compared by value, labels and ignored
 * paths cut out. {@code null} is kept: an absent key and a null one differ.
 */
public final class Canonicalizer {
    /** The key under assistant {@code metadata} where apply writes Ferry's labels. */
    public static final String LABELS_KEY = "ferry";
    /** How canonical form (and an exported file) writes an id that names no known resource. */
    public static final String UNRESOLVED = "unresolved:";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IdResolver ids;
    private final SecretFields secretFields;
    private final List<IgnoreRule> ignore;

    public Canonicalizer(IdResolver ids, SecretMasker secrets, List<IgnoreRule> ignore) {
        this.ids = ids;
        this.secretFields = new SecretFields(secrets);
        this.ignore = List.copyOf(ignore);
    }

    public CanonicalResource canonicalize(Target target, JsonNode payload) {
        List<String> notes = new ArrayList<>();
        ObjectNode tree = (ObjectNode) normalize(payload);
        FieldTables.SERVER_OWNED.forEach(tree::remove);
        if (target == Target.FILE) {
            tree = fileView(tree);
        }
        resolveRefs(target, tree, notes);
        if (target == Target.CREDENTIAL) {
            secretFields.dropWriteOnly(tree);
        }
        secretFields.mask(tree, notes);
        dropLabels(target, tree);
        applyIgnoreRules(target, tree, notes);
        for (String pattern : FieldTables.LISTS.get(target)) {
            dropEmptyList(tree, pattern);
        }
        for (String pattern : FieldTables.SETS.get(target)) {
            sortSets(tree, pattern);
        }
        return new CanonicalResource(target, tree, notes);
    }

    /**
     * A live object as far as a document manages it: only the top-level fields the desired form
     * has. A field the document leaves out is unmanaged (pitfalls B09, B32): apply never sends it,
     * so a server default or a dashboard-only setting there is no difference. The fields left out
     * are named in the notes.
     */
    public static CanonicalResource managedPart(CanonicalResource live, CanonicalResource desired) {
        ObjectNode tree = live.tree().deepCopy();
        List<String> notes = new ArrayList<>(live.notes());
        List<String> unmanaged = new ArrayList<>();
        for (String field : new ArrayList<>(tree.propertyNames())) {
            if (!desired.tree().has(field)) {
                tree.remove(field);
                unmanaged.add(field);
            }
        }
        if (!unmanaged.isEmpty()) {
            notes.add("unmanaged fields (not in Git, never written): " + String.join(", ", unmanaged));
        }
        if (hideUnexplainedSecrets(tree, desired.tree())) {
            notes.add("masked a value where Git holds a secret reference; the ledger does not know it");
        }
        return new CanonicalResource(live.target(), tree, notes);
    }

    /**
     * Where Git holds a {@code ${secrets://...}} reference, the live value is a secret even when neither
     * its name nor its shape says so (a custom signature header, say). Unless the masker already turned
     * it back into the reference, it is masked: it differs, and it is never shown.
     */
    private static boolean hideUnexplainedSecrets(JsonNode live, JsonNode desired) {
        boolean hidden = false;
        if (live instanceof ObjectNode object && desired instanceof ObjectNode wanted) {
            for (var entry : object.properties()) {
                JsonNode want = wanted.get(entry.getKey());
                if (want != null && want.isString() && entry.getValue().isString()) {
                    if (holdsSecret(want.asString(), entry.getValue().asString())) {
                        entry.setValue(JsonNodeFactory.instance.stringNode(
                                SecretMasker.MASK));
                        hidden = true;
                    }
                } else if (want != null) {
                    hidden |= hideUnexplainedSecrets(entry.getValue(), want);
                }
            }
        } else if (live instanceof ArrayNode array && desired.isArray()) {
            for (int i = 0; i < Math.min(array.size(), desired.size()); i++) {
                JsonNode want = desired.get(i);
                if (want.isString() && array.get(i).isString()) {
                    if (holdsSecret(want.asString(), array.get(i).asString())) {
                        array.set(i, JsonNodeFactory.instance.stringNode(SecretMasker.MASK));
                        hidden = true;
                    }
                } else {
                    hidden |= hideUnexplainedSecrets(array.get(i), want);
                }
            }
        }
        return hidden;
    }

    private static boolean holdsSecret(String desired, String live) {
        return desired.contains("${secrets://") && !live.equals(desired) && !live.equals(SecretMasker.MASK);
    }

    private static void dropEmptyList(ObjectNode tree, String pattern) {
        Pointers.forEachMatch(tree, pattern, (parent, at) -> {
            JsonNode value = parent.get((String) at);
            if (value != null && (value.isNull() || value.isArray() && value.isEmpty())) {
                ((ObjectNode) parent).remove((String) at);
            }
        });
    }

    /** Whether a top-level field is the server's ({@code id}, {@code orgId}, timestamps and the like), never Git's. */
    public static boolean isServerOwned(String field) {
        return FieldTables.SERVER_OWNED.contains(field);
    }

    /** Sorted keys and numbers by value, recursively, as a new tree. */
    static JsonNode normalize(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (var entry : node.properties()) {
                sorted.put(entry.getKey(), normalize(entry.getValue()));
            }
            ObjectNode object = NODES.objectNode();
            sorted.forEach(object::set);
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(item -> array.add(normalize(item)));
            return array;
        }
        if (node.isNumber()) {
            return number(node.decimalValue());
        }
        return node.deepCopy();
    }

    /** {@code 1}, {@code 1.0} and {@code 1.00} are one number; integral values become integers. */
    static JsonNode number(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return NODES.numberNode(stripped.toBigIntegerExact());
        }
        return NODES.numberNode(stripped);
    }

    /** A file is compared by name and content hash; everything else about it is the server's. */
    private static ObjectNode fileView(ObjectNode tree) {
        ObjectNode view = NODES.objectNode();
        if (tree.has("name")) {
            view.set("name", tree.get("name"));
        }
        JsonNode sha = tree.has("sha256") ? tree.get("sha256") : tree.path("metadata").get("sha256");
        if (sha != null) {
            view.set("sha256", sha);
        }
        return view;
    }

    private void resolveRefs(Target target, ObjectNode tree, List<String> notes) {
        for (RefFields.RefField field : RefFields.of(target)) {
            Pointers.forEachMatch(tree, field.pattern(), (parent, at) -> {
                JsonNode value = at instanceof Integer index ? parent.get(index) : parent.get((String) at);
                if (value == null || !value.isString()) {
                    return;
                }
                String text = value.asString();
                if (text.startsWith(UNRESOLVED)) {
                    // A file keeps an id it could not resolve as this marker; it stays what it is.
                    notes.add("unresolved " + field.target().spelling() + " id " + text.substring(UNRESOLVED.length())
                            + " at " + field.pattern().replace("*", "n"));
                    return;
                }
                String key = RefPlaceholder.parse(text).map(RefPlaceholder::key)
                        .or(() -> ids.keyOf(field.target(), text))
                        .orElseGet(() -> {
                            notes.add("unresolved " + field.target().spelling() + " id " + text + " at "
                                    + field.pattern().replace("*", "n"));
                            return UNRESOLVED + text;
                        });
                FieldPattern.set(parent, at, NODES.stringNode(key));
            });
        }
    }

    private static void dropLabels(Target target, ObjectNode tree) {
        if (target == Target.ASSISTANT && tree.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove(LABELS_KEY);
            if (metadata.isEmpty()) {
                tree.remove("metadata");
            }
        }
    }

    private void applyIgnoreRules(Target target, ObjectNode tree, List<String> notes) {
        Optional<Kind> kind = kindOf(target);
        for (IgnoreRule rule : ignore) {
            if (rule.path() == null || kind.isEmpty() || rule.kind() != kind.get()) {
                continue;
            }
            List<String> tokens = Pointers.fromDotted(rule.path());
            JsonNode parent = tree;
            for (int i = 0; i < tokens.size() - 1 && parent != null; i++) {
                parent = parent.get(tokens.get(i));
            }
            if (parent instanceof ObjectNode object && object.remove(tokens.get(tokens.size() - 1)) != null) {
                notes.add("ignored " + rule.path() + " (" + rule.reason() + ")");
            }
        }
    }

    private static void sortSets(ObjectNode tree, String pattern) {
        Pointers.forEachMatch(tree, pattern, (parent, at) -> {
            JsonNode value = at instanceof Integer index ? parent.get(index) : parent.get((String) at);
            if (value instanceof ArrayNode array) {
                List<JsonNode> items = new ArrayList<>();
                array.forEach(items::add);
                items.sort(Comparator.comparing(CanonicalJson::text));
                ArrayNode sorted = NODES.arrayNode();
                items.forEach(sorted::add);
                FieldPattern.set(parent, at, sorted);
            }
        });
    }

    static Optional<Kind> kindOf(Target target) {
        return switch (target) {
            case ASSISTANT -> Optional.of(Kind.ASSISTANT);
            case SQUAD -> Optional.of(Kind.SQUAD);
            case TOOL -> Optional.of(Kind.TOOL);
            case STRUCTURED_OUTPUT -> Optional.of(Kind.STRUCTURED_OUTPUT);
            case CREDENTIAL, FILE -> Optional.empty();
        };
    }
}
