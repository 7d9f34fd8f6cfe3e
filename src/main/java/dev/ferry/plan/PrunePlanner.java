package dev.ferry.plan;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.config.IgnoreRule;
import dev.ferry.config.NameGlob;
import dev.ferry.ledger.Ledger;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.render.RefFields;
import dev.ferry.render.Target;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import dev.ferry.workspace.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deletes of {@code --prune}: only objects the ledger says Ferry made or adopted and that Git no
 * longer has, never an ignored one (B12), never anything while the desired set is empty (B13), and never
 * an object something Ferry does not manage still points at (B37), since Vapi does not check references
 * and the other object would quietly break.
 */
final class PrunePlanner {
    private PrunePlanner() {}

    /** Ledger entries for objects that are live, not desired any more, and not ignored. */
    static List<LedgerEntry> leftovers(Ledger ledger, LiveMatch match, LiveSnapshot live, List<IgnoreRule> ignore,
            Set<String> desiredKeys, List<String> warnings) {
        List<LedgerEntry> leftovers = new ArrayList<>();
        for (LedgerEntry entry : ledger.entries()) {
            if (desiredKeys.contains(entry.ledgerKey())) {
                continue;
            }
            Optional<LiveObject> object = find(live, entry.target(), entry.id());
            if (object.isEmpty() || match.isUsed(entry.id())) {
                continue;
            }
            if (isIgnored(object.get(), ignore)) {
                warnings.add(entry.ledgerKey() + " (" + entry.id() + ") is retained (ignored by environments.yaml)");
                continue;
            }
            leftovers.add(entry);
        }
        return leftovers;
    }

    /**
     * @param managedIds live objects Git describes: whatever they point at now, their desired state cannot
     *     point at an object Git no longer has, and the plan updates them before it deletes anything
     */
    static List<PlanAction> deletes(List<LedgerEntry> leftovers, LiveSnapshot live, Set<String> managedIds,
            boolean desiredEmpty, List<String> warnings) {
        if (leftovers.isEmpty()) {
            return List.of();
        }
        int total = live.objects().values().stream().mapToInt(List::size).sum();
        if (desiredEmpty) {
            throw new FerryException(ExitCode.REFUSED, "refusing to delete " + leftovers.size() + " of " + total
                    + " remote resources: local desired set is empty");
        }
        Set<String> doomed = new HashSet<>(managedIds);
        leftovers.forEach(entry -> doomed.add(entry.id()));
        List<PlanAction> deletes = new ArrayList<>();
        for (LedgerEntry entry : leftovers) {
            Optional<String> user = referrer(live, entry, doomed);
            if (user.isPresent()) {
                warnings.add(entry.ledgerKey() + ": " + entry.id() + " is still referenced by " + user.get()
                        + "; not deleting it");
                continue;
            }
            LiveObject object = find(live, entry.target(), entry.id()).orElseThrow();
            deletes.add(new PlanAction(ActionType.DELETE, entry.target(), entry.key(), null, entry.slug(), null,
                    object.name(), entry.id(), null, entry.fields(), List.of(), List.of(), List.of(), Map.of(),
                    LiveHashes.of(object.body()), LiveHashes.perField(object.body()), null, Status.PENDING,
                    "no longer in Git"));
        }
        return deletes;
    }

    /** The first live object outside Git and the deletion that refers to the entry's id, for a message. */
    private static Optional<String> referrer(LiveSnapshot live, LedgerEntry entry, Set<String> doomed) {
        for (Target target : Target.values()) {
            for (LiveObject object : live.of(target)) {
                if (doomed.contains(object.id())) {
                    continue;
                }
                for (RefFields.RefField field : RefFields.of(target)) {
                    if (field.target() == entry.target()
                            && JsonPaths.strings(object.body(), field.pattern()).contains(entry.id())) {
                        return Optional.of(target.spelling() + " " + object.id() + " '" + object.name() + "' ("
                                + JsonPaths.dotted(field.pattern()) + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LiveObject> find(LiveSnapshot live, Target target, String id) {
        return live.of(target).stream().filter(object -> object.id().equals(id)).findFirst();
    }

    static boolean isIgnored(LiveObject object, List<IgnoreRule> ignore) {
        Optional<dev.ferry.config.Kind> kind = switch (object.target()) {
            case FILE -> Optional.of(dev.ferry.config.Kind.KNOWLEDGE_BASE);
            case CREDENTIAL -> Optional.of(dev.ferry.config.Kind.TOOL);
            default -> ManagedView.kindOf(object.target());
        };
        return ignore.stream().anyMatch(rule -> rule.name() != null && kind.isPresent() && rule.kind() == kind.get()
                && NameGlob.matches(rule.name(), object.name()));
    }
}
