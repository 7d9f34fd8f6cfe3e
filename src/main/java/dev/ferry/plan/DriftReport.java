package dev.ferry.plan;

import dev.ferry.ledger.AppliedRevision;
import dev.ferry.workspace.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code ferry drift} reports for one environment: each object's status against what was last
 * applied (drifted, conflict, pending, missing, in sync), the live objects no file describes, and whether
 * anything needs a person: drift, a conflict, an unmanaged object not ignored, or no ledger to tell
 * drift from pending with.
 */
public final class DriftReport {
    private final Plan plan;
    private final boolean ledgerExists;
    private final Optional<AppliedRevision> lastApplied;

    public DriftReport(Plan plan, boolean ledgerExists, Optional<AppliedRevision> lastApplied) {
        this.plan = plan;
        this.ledgerExists = ledgerExists;
        this.lastApplied = lastApplied;
    }

    public Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        plan.actions().forEach(action -> counts.merge(action.status(), 1, Integer::sum));
        plan.unmanaged().forEach(object -> counts.merge(object.ignored() ? Status.IGNORED : Status.UNMANAGED, 1,
                Integer::sum));
        return counts;
    }

    /** Whether the drift command exits 4. */
    public boolean needsAttention() {
        Map<Status, Integer> counts = counts();
        boolean undecidable = !ledgerExists && plan.hasChanges();
        return counts.get(Status.DRIFTED) > 0 || counts.get(Status.CONFLICT) > 0 || counts.get(Status.UNMANAGED) > 0
                || undecidable;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Drift in " + plan.environment() + " (org " + plan.org() + "), last applied "
                + lastApplied.map(a -> shortSha(a.sha()) + (a.dirty() ? " with uncommitted changes" : "") + " by run "
                        + a.run()).orElse("(never, by the ledger)") + ":");
        for (PlanAction action : plan.actions()) {
            if (action.status() == Status.IN_SYNC) {
                continue;
            }
            lines.add(String.format("  %s %-9s %-40s %s", action.status().glyph(), action.status().label(),
                    action.ledgerKey(), action.file() == null ? "" : action.file()));
            action.changes().forEach(change -> lines.add("      " + change));
        }
        for (Plan.Unmanaged object : plan.unmanaged()) {
            Status status = object.ignored() ? Status.IGNORED : Status.UNMANAGED;
            lines.add(String.format("  %s %-9s %s '%s' (%s)", status.glyph(), status.label(),
                    object.target().spelling(), object.name(), object.id()));
        }
        if (!ledgerExists) {
            lines.add("  no ledger (state/" + plan.environment() + ".json): drifted and pending cannot be told apart");
        }
        Map<Status, Integer> counts = counts();
        lines.add("Drift: " + counts.get(Status.DRIFTED) + " drifted, " + counts.get(Status.CONFLICT) + " in conflict, "
                + counts.get(Status.PENDING) + " pending, " + counts.get(Status.MISSING) + " missing, "
                + counts.get(Status.UNMANAGED) + " unmanaged, " + counts.get(Status.IGNORED) + " ignored, "
                + counts.get(Status.IN_SYNC) + " in sync.");
        return lines;
    }

    public ObjectNode toJson() {
        ObjectNode root = JsonMapper.builder().build().createObjectNode();
        root.put("environment", plan.environment());
        root.put("org", plan.org());
        root.put("ledger", ledgerExists);
        lastApplied.ifPresent(a -> root.putObject("lastApplied").put("sha", a.sha()).put("dirty", a.dirty())
                .put("run", a.run()).put("at", a.at()));
        root.put("needsAttention", needsAttention());
        ArrayNode resources = root.putArray("resources");
        for (PlanAction action : plan.actions()) {
            ObjectNode item = resources.addObject();
            item.put("target", action.target().spelling());
            item.put("key", action.key());
            item.put("file", action.file());
            item.put("id", action.id());
            item.put("status", action.status().label());
            action.changes().forEach(item.putArray("changes")::add);
        }
        ArrayNode unmanaged = root.putArray("unmanaged");
        plan.unmanaged().forEach(object -> unmanaged.addObject().put("target", object.target().spelling())
                .put("id", object.id()).put("name", object.name()).put("ignored", object.ignored()));
        ObjectNode counts = root.putObject("counts");
        counts().forEach((status, count) -> counts.put(status.label(), count));
        return root;
    }

    private static String shortSha(String sha) {
        return sha == null ? "(no Git)" : sha.substring(0, Math.min(12, sha.length()));
    }
}
