package dev.ferry.plan;

import java.util.List;

/**
 * What to plan: only some resources (by slug or key; what they need that the org lacks comes along),
 * and whether resources the ledger manages but Git no longer has are deleted.
 */
public record PlanOptions(List<String> only, boolean prune) {
    public static final PlanOptions ALL = new PlanOptions(List.of(), false);

    public PlanOptions {
        only = List.copyOf(only);
    }
}
