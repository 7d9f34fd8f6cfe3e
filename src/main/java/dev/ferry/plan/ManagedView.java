package dev.ferry.plan;

import dev.ferry.canonical.CanonicalJson;
import dev.ferry.config.IgnoreRule;
import dev.ferry.render.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of an object Ferry manages: the top-level fields its desired payload sets, in canonical
 * form, without the keys the dashboard owns (a squad member's canvas position). Top-level keys Git does
 * not set are unmanaged (pitfall B09), so plan, apply, drift and the ledger's content hash all compare
 * and hash this view and nothing wider. An assistant's {@code metadata} is a shared bag: only the keys
 * Git sets in it are managed, written as fields {@code metadata.<key>}.
 */
public final class ManagedView {
    /** Keys only the dashboard writes; Git's value is used when an object is created, and never compared. */
    static final Map<Target, List<String>> DASHBOARD_ONLY = Map.of(
            Target.SQUAD, List.of("/members/*/assistantOverrides/metadata/position"));

    private ManagedView() {}

    /** A new tree with only {@code fields} of the canonical tree, dashboard-only keys removed. */
    public static ObjectNode of(Target target, ObjectNode canonical, Collection<String> fields) {
        ObjectNode view = canonical.objectNode();
        for (String field : fields) {
            int dot = field.indexOf('.');
            if (dot < 0 && canonical.has(field)) {
                view.set(field, canonical.get(field).deepCopy());
            } else if (dot > 0 && canonical.get(field.substring(0, dot)) instanceof ObjectNode bag
                    && bag.has(field.substring(dot + 1))) {
                ObjectNode part = view.has(field.substring(0, dot)) ? (ObjectNode) view.get(field.substring(0, dot))
                        : view.putObject(field.substring(0, dot));
                part.set(field.substring(dot + 1), bag.get(field.substring(dot + 1)).deepCopy());
            }
        }
        for (String pattern : DASHBOARD_ONLY.getOrDefault(target, List.of())) {
            JsonPaths.remove(view, pattern);
        }
        return view;
    }

    /**
     * The managed fields of a desired canonical tree: its top-level fields, with an assistant's
     * {@code metadata} split into the keys Git sets.
     */
    public static List<String> fieldsOf(Target target, ObjectNode desired) {
        List<String> fields = new ArrayList<>();
        for (String field : new java.util.TreeSet<>(desired.propertyNames())) {
            if (target == Target.ASSISTANT && field.equals("metadata") && desired.get(field) instanceof ObjectNode bag
                    && !bag.isEmpty()) {
                new java.util.TreeSet<>(bag.propertyNames()).forEach(key -> fields.add(field + "." + key));
            } else {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The top-level field a managed field belongs to: {@code metadata} for {@code metadata.team}. */
    public static String topLevel(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    public static String hash(Target target, ObjectNode canonical, Collection<String> fields) {
        return CanonicalJson.sha256(of(target, canonical, fields));
    }

    /**
     * The paths an update must carry over from the live object into what it writes: ignored paths of
     * the kind and dashboard-only keys, so both survive a PATCH of the field that holds them.
     */
    public static List<String> preservedPaths(Target target, List<IgnoreRule> ignore) {
        List<String> paths = new ArrayList<>(DASHBOARD_ONLY.getOrDefault(target, List.of()));
        Optional<dev.ferry.config.Kind> kind = kindOf(target);
        for (IgnoreRule rule : ignore) {
            if (rule.path() != null && kind.isPresent() && rule.kind() == kind.get()) {
                paths.add(JsonPaths.fromDotted(rule.path()));
            }
        }
        return paths;
    }

    static Optional<dev.ferry.config.Kind> kindOf(Target target) {
        return switch (target) {
            case ASSISTANT -> Optional.of(dev.ferry.config.Kind.ASSISTANT);
            case SQUAD -> Optional.of(dev.ferry.config.Kind.SQUAD);
            case TOOL -> Optional.of(dev.ferry.config.Kind.TOOL);
            case STRUCTURED_OUTPUT -> Optional.of(dev.ferry.config.Kind.STRUCTURED_OUTPUT);
            case CREDENTIAL, FILE -> Optional.empty();
        };
    }
}
