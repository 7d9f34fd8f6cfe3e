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

    /**
     * @param inLedger whether the ledger already knows a resource (by ledger key); a dependency it does not
     *     know is adopted into it, and not written, since it was not asked for
     */
    static List<PlanAction> select(List<PlanAction> actions, List<String> only, String environment,
            java.util.function.Predicate<String> inLedger) {
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
                // What the selection needs and the org lacks is created; what it has is adopted into the ledger.
                if (dependency != null) {
                    queue.add(dependency);
                }
            }));
        }
        List<PlanAction> selected = new java.util.ArrayList<>();
        for (PlanAction action : actions) {
            boolean asked = only.contains(action.slug()) || only.contains(action.key());
            if (!chosen.contains(action.ledgerKey())) {
                continue;
            }
            if (!asked && action.id() != null && action.type() != ActionType.NO_OP) {
                if (!inLedger.test(action.ledgerKey())) {
                    selected.add(action.with(ActionType.NO_OP, List.of(), List.of(),
                            "adopted into the ledger; not updated, as it was not named"));
                }
                continue;
            }
            selected.add(action);
        }
        return selected;
    }
}
