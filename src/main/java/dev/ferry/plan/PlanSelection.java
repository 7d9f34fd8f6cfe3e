package dev.ferry.plan;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.secrets.ResolvedSecrets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Narrows a plan to the resources named on the command line (by slug or key). What they refer to and
 * the org does not have yet comes along, created once; an object that exists is referred to by its id
 * and left as it is (pitfall B06: a targeted apply never duplicates a dependency).
 */
final class PlanSelection {
    private PlanSelection() {}

    static List<PlanAction> select(List<PlanAction> actions, List<String> only, String environment) {
        if (only.isEmpty()) {
            return actions;
        }
        for (String name : only) {
            boolean known = actions.stream().anyMatch(a -> name.equals(a.slug()) || name.equals(a.key()));
            if (!known) {
                throw new FerryException(ExitCode.USAGE, "no resource '" + name + "' to plan in " + environment
                        + "; name a slug from the repo (or a key such as crm-lookup-customer)");
            }
        }
        Map<String, PlanAction> byKey = new TreeMap<>();
        actions.forEach(action -> byKey.put(action.ledgerKey(), action));
        Set<String> chosen = new LinkedHashSet<>();
        Deque<PlanAction> queue = new ArrayDeque<>();
        actions.stream().filter(a -> only.contains(a.slug()) || only.contains(a.key())).forEach(queue::add);
        while (!queue.isEmpty()) {
            PlanAction action = queue.poll();
            if (!chosen.add(action.ledgerKey()) || action.payload() == null) {
                continue;
            }
            ResolvedSecrets.visitStrings(action.payload(), text -> RefPlaceholder.parse(text).ifPresent(ref -> {
                PlanAction dependency = byKey.get(dev.ferry.ledger.LedgerEntry.keyOf(ref.target(), ref.key()));
                if (dependency != null && dependency.id() == null) {
                    queue.add(dependency);
                }
            }));
        }
        return actions.stream().filter(a -> chosen.contains(a.ledgerKey())).toList();
    }
}
