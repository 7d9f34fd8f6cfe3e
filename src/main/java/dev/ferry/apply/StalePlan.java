package dev.ferry.apply;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.plan.ActionType;
import dev.ferry.plan.LiveHashes;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanAction;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a saved plan that no longer describes the org (design section 7): an object it would touch
 * changed or vanished, an object it would create appeared, the org is another one, or a secret it
 * fingerprinted has a new value. Checked against a fresh read before anything is written.
 */
final class StalePlan {
    private StalePlan() {}

    static void requireFresh(String file, Plan plan, LiveSnapshot live, ResolvedSecrets secrets, String orgId) {
        if (plan.orgId() != null && orgId != null && !plan.orgId().equals(orgId)) {
            throw new FerryException(ExitCode.REFUSED, file + " was made for org " + plan.orgId() + ", but the token "
                    + "of " + plan.environment() + " reaches org " + orgId + " [plan]");
        }
        List<String> reasons = new ArrayList<>();
        for (PlanAction action : plan.actions()) {
            if (action.id() != null) {
                Optional<LiveObject> now = live.of(action.target()).stream()
                        .filter(object -> object.id().equals(action.id())).findFirst();
                if (now.isEmpty()) {
                    reasons.add(action.ledgerKey() + " " + action.id() + " is gone from the org");
                } else if (action.liveHash() != null && !action.liveHash().equals(LiveHashes.of(now.get().body()))) {
                    List<String> fields = LiveHashes.changedFields(action.liveFields(),
                            LiveHashes.perField(now.get().body()));
                    reasons.add(action.ledgerKey() + " changed in the org ("
                            + (fields.isEmpty() ? "updatedAt" : String.join(", ", fields)) + ")");
                }
            } else if (action.type() == ActionType.CREATE && live.of(action.target()).stream()
                    .anyMatch(object -> object.name().equals(action.name()))) {
                reasons.add(action.ledgerKey() + " '" + action.name() + "' appeared in the org");
            }
            if (action.payload() != null && !secrets.isEmpty()
                    && !secrets.fingerprintsOf(action.payload()).equals(action.secrets())) {
                reasons.add(action.ledgerKey() + ": a secret it uses has a new value");
            }
        }
        if (!reasons.isEmpty()) {
            throw new FerryException(ExitCode.REFUSED, file + " is stale; the org changed since it was made [plan]:\n  "
                    + String.join("\n  ", reasons) + "\nre-run ferry plan");
        }
    }
}
