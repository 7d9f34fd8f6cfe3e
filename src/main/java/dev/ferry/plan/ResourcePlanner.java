package dev.ferry.plan;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.diff.Change;
import dev.ferry.diff.ResourceDiff;
import dev.ferry.ledger.Ledger;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Target;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.secrets.SecretRef;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides the action for one desired object against its live match: create, replace (a tool's type or
 * a file's content changed), update with the fields to send and a line per difference, or no-op; and
 * its status from the ledger. Both sides are compared in their managed view, and a rotated secret is
 * found through its fingerprint, since the value it replaced is never shown.
 */
final class ResourcePlanner {
    static final String SENSITIVE = "(sensitive value changed)";

    private final Canonicalizer canonicalizer;
    private final ResolvedSecrets secrets;
    private final Ledger ledger;

    ResourcePlanner(Canonicalizer canonicalizer, ResolvedSecrets secrets, Ledger ledger) {
        this.canonicalizer = canonicalizer;
        this.secrets = secrets;
        this.ledger = ledger;
    }

    static Canonicalizer canonicalizer(Map<Target, Map<String, String>> keysById, SecretMasker masker,
            List<dev.ferry.config.IgnoreRule> ignore) {
        return new Canonicalizer((target, id) -> Optional.ofNullable(keysById.getOrDefault(target, Map.of()).get(id)),
                masker, ignore);
    }

    PlanAction plan(RenderedResource resource, LiveObject live) {
        ObjectNode payload = resource.payload();
        ObjectNode desired = canonicalizer.canonicalize(resource.target(), payload).tree();
        List<String> managed = ManagedView.fieldsOf(resource.target(), desired);
        Map<String, String> fingerprints = secrets.isEmpty() ? Map.of() : secrets.fingerprintsOf(payload);
        Optional<LedgerEntry> entry = ledger.find(resource.target(), resource.key());
        if (live == null) {
            List<String> all = new ArrayList<>(new TreeSet<>(payload.propertyNames()));
            return action(ActionType.CREATE, resource, null, managed, all, List.of(), fingerprints, null, null,
                    entry.isPresent() ? Status.DRIFTED : Status.MISSING,
                    entry.isPresent() ? "the ledger's " + entry.get().id() + " is gone from the org" : null);
        }
        ObjectNode actual = canonicalizer.canonicalize(resource.target(), secrets.scrub(live.body())).tree();
        ObjectNode desiredView = ManagedView.of(resource.target(), desired, managed);
        ObjectNode liveView = ManagedView.of(resource.target(), actual, managed);
        Map<String, List<String>> rotated = rotatedSecrets(resource, payload, fingerprints, entry);
        String replaceReason = replaceReason(resource, payload, live.body(), desiredView, liveView);
        if (replaceReason != null) {
            List<String> all = new ArrayList<>(new TreeSet<>(payload.propertyNames()));
            return action(ActionType.REPLACE, resource, live, managed, all, List.of(replaceReason), fingerprints,
                    liveView, actual, status(resource, desired, actual, managed, entry, !rotated.isEmpty()),
                    replaceReason);
        }
        if (desiredView.equals(liveView) && rotated.isEmpty()) {
            String refresh = entry.isEmpty() ? "adopted into the ledger"
                    : !entry.get().hash().equals(ManagedView.hash(resource.target(), actual, managed))
                    || !entry.get().id().equals(live.id()) ? "ledger refreshed" : null;
            return action(ActionType.NO_OP, resource, live, managed, List.of(), List.of(), fingerprints, liveView,
                    actual, Status.IN_SYNC, refresh);
        }
        TreeSet<String> write = new TreeSet<>();
        for (String field : managed) {
            String top = ManagedView.topLevel(field);
            if (!java.util.Objects.equals(desiredView.get(top), liveView.get(top))) {
                write.add(top);
            }
        }
        List<String> changes = new ArrayList<>(describe(liveView, desiredView));
        rotated.forEach((field, lines) -> {
            write.add(field);
            changes.addAll(lines);
        });
        return action(ActionType.UPDATE, resource, live, managed, new ArrayList<>(write), changes, fingerprints,
                liveView, actual, status(resource, desired, actual, managed, entry, !rotated.isEmpty()), null);
    }

    private PlanAction action(ActionType type, RenderedResource resource, LiveObject live, List<String> managed,
            List<String> write, List<String> changes, Map<String, String> fingerprints, ObjectNode liveView,
            ObjectNode actual, Status status, String reason) {
        String viewHash = actual == null ? null : ManagedView.hash(resource.target(), actual, managed);
        return new PlanAction(type, resource.target(), resource.key(), resource.kind(), resource.slug(),
                resource.file(), resource.liveName(), live == null ? null : live.id(), resource.payload(), managed,
                write, changes, resource.backLinks(), fingerprints,
                live == null ? null : LiveHashes.of(live.body()),
                live == null ? Map.of() : LiveHashes.perField(live.body()), viewHash, status, reason);
    }

    /**
     * Drifted when only the org moved away from what was last applied, pending when only Git did,
     * conflict when both did; pending when there is no ledger entry to tell.
     */
    private Status status(RenderedResource resource, ObjectNode desired, ObjectNode actual, List<String> managed,
            Optional<LedgerEntry> entry, boolean secretRotated) {
        if (entry.isEmpty()) {
            return Status.PENDING;
        }
        List<String> fields = entry.get().fields();
        boolean liveChanged = !entry.get().hash().equals(ManagedView.hash(resource.target(), actual, fields));
        boolean gitChanged = secretRotated || !new TreeSet<>(fields).equals(new TreeSet<>(managed))
                || !entry.get().hash().equals(ManagedView.hash(resource.target(), desired, fields));
        if (liveChanged && gitChanged) {
            return Status.CONFLICT;
        }
        return liveChanged ? Status.DRIFTED : Status.PENDING;
    }

    private static String replaceReason(RenderedResource resource, ObjectNode payload, ObjectNode live,
            ObjectNode desiredView, ObjectNode liveView) {
        if (resource.target() == Target.TOOL) {
            String wanted = payload.path("type").asString("");
            String has = live.path("type").asString("");
            if (!wanted.isEmpty() && !has.isEmpty() && !wanted.equals(has)) {
                return "type " + has + " → " + wanted + " (a tool's type cannot change)";
            }
        }
        if (resource.target() == Target.FILE
                && !java.util.Objects.equals(desiredView.get("sha256"), liveView.get("sha256"))) {
            return "content changed (a file cannot be changed once uploaded)";
        }
        return null;
    }

    /**
     * Top-level field to change lines, for every secret whose value differs from the one last applied.
     * A credential's secret cannot be read back, so without a fingerprint it is set once to be sure.
     */
    private Map<String, List<String>> rotatedSecrets(RenderedResource resource, ObjectNode payload,
            Map<String, String> fingerprints, Optional<LedgerEntry> entry) {
        Map<String, List<String>> rotated = new TreeMap<>();
        Map<String, String> applied = entry.map(LedgerEntry::secrets).orElse(Map.of());
        for (var field : payload.properties()) {
            List<String> paths = new ArrayList<>();
            secretPaths(field.getValue(), field.getKey(), paths);
            for (String path : paths) {
                String template = path.substring(path.indexOf('\u0000') + 1);
                String dotted = path.substring(0, path.indexOf('\u0000'));
                String before = applied.get(template);
                String now = fingerprints.get(template);
                if (before != null && now != null && !before.equals(now)) {
                    rotated.computeIfAbsent(field.getKey(), k -> new ArrayList<>()).add(dotted + ": " + SENSITIVE);
                } else if (before == null && resource.target() == Target.CREDENTIAL) {
                    rotated.computeIfAbsent(field.getKey(), k -> new ArrayList<>())
                            .add(dotted + ": (not readable from the org and not in the ledger; set once)");
                }
            }
        }
        return rotated;
    }

    /** Collects "dotted path NUL template" for every string under {@code node} that holds a secret reference. */
    private static void secretPaths(JsonNode node, String path, List<String> found) {
        if (node.isString() && SecretRef.hasPlaceholder(node.asString())) {
            found.add(path + '\u0000' + node.asString());
        } else if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> secretPaths(e.getValue(), path + "." + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                secretPaths(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    /** One line per difference; where a secret is involved, never either value. */
    static List<String> describe(JsonNode live, JsonNode desired) {
        ResourceDiff diff = ResourceDiff.compare(live, desired);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < diff.changes().size(); i++) {
            Change change = diff.changes().get(i);
            if (isSensitive(change.before()) || isSensitive(change.after())) {
                lines.add((change.path().isEmpty() ? "(resource)" : change.path()) + ": " + SENSITIVE);
            } else {
                lines.add(diff.summary().get(i));
            }
        }
        return lines;
    }

    private static boolean isSensitive(JsonNode value) {
        String text = value.toString();
        return text.contains("${" + SecretRef.SCHEME) || text.contains(dev.ferry.canonical.SecretMasker.MASK);
    }
}
