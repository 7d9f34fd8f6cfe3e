package dev.ferry.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diff of one resource between two columns (Git, an environment): the structural changes
 * between the two canonical trees with a one-line summary each, the line diff of each changed
 * multi-line string (a prompt), and the line diff of the two canonical YAML texts. The terminal
 * printer, the workbench and {@code --output json} all read this one model, so they cannot
 * disagree about what differs.
 */
public final class ResourceDiff {
    private final List<Change> changes;
    private final Map<Change, TextDiff> texts;
    private final List<String> summary;
    private final TextDiff yaml;

    private ResourceDiff(List<Change> changes, Map<Change, TextDiff> texts, TextDiff yaml) {
        this.changes = changes;
        this.texts = texts;
        this.yaml = yaml;
        List<String> lines = new ArrayList<>(changes.size());
        for (Change change : changes) {
            lines.add(ChangeSummary.of(change, texts.get(change)));
        }
        this.summary = List.copyOf(lines);
    }

    /** Compares two canonical trees; a null or missing tree is a resource absent on that side. */
    public static ResourceDiff compare(JsonNode left, JsonNode right) {
        return compare(left, right, List.of(), List.of());
    }

    /**
     * Compares two canonical trees and the canonical YAML lines the caller wrote for them (empty
     * for a side where the resource is absent).
     */
    public static ResourceDiff compare(JsonNode left, JsonNode right, List<String> leftYaml, List<String> rightYaml) {
        List<Change> changes = StructuralDiff.compare(left, right);
        Map<Change, TextDiff> texts = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.kind() == Change.Kind.CHANGED && change.before().isString() && change.after().isString()
                    && (JsonValues.isText(change.before()) || JsonValues.isText(change.after()))) {
                texts.put(change, TextDiff.ofText(change.before().asString(), change.after().asString()));
            }
        }
        return new ResourceDiff(changes, texts, TextDiff.of(leftYaml, rightYaml));
    }

    /** The structural changes in tree order. */
    public List<Change> changes() {
        return changes;
    }

    /** One line per change, in the order of {@link #changes()}. */
    public List<String> summary() {
        return summary;
    }

    /** The line diff of a change between two multi-line strings; empty for any other change. */
    public Optional<TextDiff> textOf(Change change) {
        return Optional.ofNullable(texts.get(change));
    }

    /** The line diff of the canonical YAML; empty when no YAML was given. */
    public TextDiff yaml() {
        return yaml;
    }

    /** True when the two sides do not differ at all. */
    public boolean isEmpty() {
        return changes.isEmpty() && yaml.isEmpty();
    }

    /** The same diff with another number of context lines around each difference. */
    public ResourceDiff withContext(int context) {
        Map<Change, TextDiff> refolded = new LinkedHashMap<>();
        texts.forEach((change, text) -> refolded.put(change, text.withContext(context)));
        return new ResourceDiff(changes, refolded, yaml.withContext(context));
    }

    /** The JSON form for {@code --output json}: {@code {"changes": [...], "hunks": [...]}}. */
    public ObjectNode toJson() {
        return DiffJson.of(this);
    }
}
