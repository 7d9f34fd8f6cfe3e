package dev.ferry.plan;

import dev.ferry.render.Target;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ordered actions that would make one environment's org equal what Git says, and what the plan was
 * made from: the Git revision, the org, the ids of every object it matched, and a hash of every live
 * object it read, so that {@code apply} can refuse the plan once any of them changed.
 *
 * @param gitSha the commit rendered, or null outside Git; gitDirty when the working tree had changes
 * @param ids ledger key ({@code tool/end-call}) to live id, for every desired object the org has
 * @param liveHashes {@code <target>/<id>} to the sha256 of every live object read
 * @param unmanaged live objects that no file describes
 * @param warnings things the person approving should know (duplicates, retained objects)
 */
public record Plan(String environment, String org, String orgId, String gitSha, boolean gitDirty, String revision,
        String createdAt, boolean prune, List<String> only, List<PlanAction> actions, Map<String, String> ids,
        Map<String, String> liveHashes, List<Unmanaged> unmanaged, List<String> warnings) {
    public Plan {
        only = List.copyOf(only);
        actions = List.copyOf(actions);
        ids = java.util.Collections.unmodifiableMap(new TreeMap<>(ids));
        liveHashes = java.util.Collections.unmodifiableMap(new TreeMap<>(liveHashes));
        unmanaged = List.copyOf(unmanaged);
        warnings = List.copyOf(warnings);
    }

    /** A live object no file describes; {@code ignored} when an ignore rule covers its name. */
    public record Unmanaged(Target target, String id, String name, boolean ignored) {}

    /** Actions that write something. */
    public List<PlanAction> changes() {
        return actions.stream().filter(action -> action.type().writes()).toList();
    }

    public boolean hasChanges() {
        return !changes().isEmpty();
    }

    public Map<ActionType, Integer> counts() {
        Map<ActionType, Integer> counts = new EnumMap<>(ActionType.class);
        for (ActionType type : ActionType.values()) {
            counts.put(type, 0);
        }
        actions.forEach(action -> counts.merge(action.type(), 1, Integer::sum));
        return counts;
    }

    /** "3 to create, 1 to update, 0 to replace, 0 to delete, 12 unchanged". */
    public String summary() {
        Map<ActionType, Integer> counts = counts();
        return counts.get(ActionType.CREATE) + " to create, " + counts.get(ActionType.UPDATE) + " to update, "
                + counts.get(ActionType.REPLACE) + " to replace, " + counts.get(ActionType.DELETE) + " to delete, "
                + counts.get(ActionType.NO_OP) + " unchanged";
    }
}
