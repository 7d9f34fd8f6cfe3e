package dev.ferry.apply;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.Access;
import dev.ferry.config.Environment;
import dev.ferry.config.ProcessEnv;
import dev.ferry.ledger.Ledger;
import dev.ferry.plan.ActionType;
import dev.ferry.plan.Plan;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interlocks in front of every write (design section 8). They are not access control (the token
 * is): they stop honest mistakes, such as a laptop writing an environment only CI should, a token for the
 * wrong org, or a prune that would empty one. Every refusal exits 5 and names its rule.
 */
final class Guards {
    /** The values {@code --confirm} accepts. */
    static final Set<String> CONFIRMATIONS = Set.of("empty-org", "expected-changes", "monitoring", "mass-delete");

    private Guards() {}

    static void confirmations(Set<String> given) {
        TreeSet<String> unknown = new TreeSet<>(given);
        unknown.removeAll(CONFIRMATIONS);
        if (!unknown.isEmpty()) {
            throw new FerryException(ExitCode.USAGE, "unknown --confirm item(s) " + String.join(", ", unknown)
                    + "; use " + String.join(", ", new TreeSet<>(CONFIRMATIONS)));
        }
    }

    /** {@code access: read} never writes; {@code access: ci-only} writes only from CI, a saved plan, approved. */
    static void access(Environment environment, ProcessEnv env, boolean savedPlan, boolean approve) {
        if (environment.access() == Access.READ) {
            throw new FerryException(ExitCode.REFUSED, environment.name() + ": access is read (environments.yaml); "
                    + "Ferry does not write this environment [access]");
        }
        if (environment.access() == Access.CI_ONLY) {
            List<String> missing = new ArrayList<>();
            if (!env.isCi()) {
                missing.add("CI=true");
            }
            if (!savedPlan) {
                missing.add("a saved plan (--plan)");
            }
            if (!approve) {
                missing.add("--approve");
            }
            if (!missing.isEmpty()) {
                throw new FerryException(ExitCode.REFUSED, environment.name() + ": access is ci-only; a write needs "
                        + "CI=true, a saved plan and --approve, and this run lacks " + String.join(", ", missing)
                        + " [access]");
            }
        }
    }

    /**
     * The org behind the token must be the one environments.yaml names. An empty org shows no id to
     * check, so the first write into it is confirmed by hand, once.
     */
    static void org(Environment environment, LiveSnapshot live, Set<String> confirmations, List<String> notes) {
        if (environment.orgId() == null) {
            notes.add(environment.name() + ": no orgId in environments.yaml, so the org guard cannot check the token");
            return;
        }
        TreeSet<String> found = new TreeSet<>();
        for (List<LiveObject> objects : live.objects().values()) {
            for (LiveObject object : objects) {
                String orgId = object.body().path("orgId").asString(null);
                if (orgId != null) {
                    found.add(orgId);
                }
            }
        }
        found.remove(environment.orgId().toLowerCase(java.util.Locale.ROOT));
        found.remove(environment.orgId());
        if (!found.isEmpty()) {
            throw new FerryException(ExitCode.REFUSED, environment.name() + ": the token reaches org "
                    + String.join(", ", found) + ", not " + environment.orgId() + " (orgId in environments.yaml); "
                    + "refusing to write [org]");
        }
        boolean empty = live.objects().values().stream().allMatch(List::isEmpty);
        if (empty && !confirmations.contains("empty-org")) {
            throw new FerryException(ExitCode.REFUSED, environment.name() + ": the org is empty, so its id cannot be "
                    + "checked against " + environment.orgId() + "; if this token is for " + environment.org()
                    + ", confirm once with --confirm empty-org [org]");
        }
    }

    /** Deleting more than half of what the ledger manages takes an explicit confirmation (pitfall B13). */
    static void massDelete(Plan plan, Ledger ledger, Set<String> confirmations) {
        long deletes = plan.actions().stream().filter(a -> a.type() == ActionType.DELETE).count();
        int managed = ledger.entries().size();
        if (deletes > 1 && deletes * 2 > managed && !confirmations.contains("mass-delete")) {
            throw new FerryException(ExitCode.REFUSED, plan.environment() + ": the plan deletes " + deletes + " of the "
                    + managed + " objects Ferry manages there; confirm with --confirm mass-delete [prune]");
        }
    }
}
