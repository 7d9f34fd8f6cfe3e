package dev.ferry.plan;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.config.IgnoreRule;
import dev.ferry.ledger.Ledger;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Target;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes the plan for one environment (design section 7) from its session and a fresh read of its org:
 * every desired object matched (ledger id, then name), compared in its managed view, given an action and
 * a status; objects that refer to a replaced one re-pointed; with {@code --prune}, deletes of what the
 * ledger manages and Git dropped. Reads nothing itself and writes nothing.
 */
public final class Planner {
    private final Clock clock;

    public Planner(Clock clock) {
        this.clock = clock;
    }

    /** Plans against the org as it is now: its objects read fresh through the session's client, never cached. */
    public Plan planFresh(EnvironmentSession session, PlanOptions options) {
        return plan(session, LiveSnapshot.read(session.environment().name(), session.client()), options);
    }

    public Plan plan(EnvironmentSession session, LiveSnapshot live, PlanOptions options) {
        List<String> warnings = new ArrayList<>();
        Ledger ledger = session.ledger().snapshot();
        List<IgnoreRule> ignore = session.project().environments().ignore();
        List<RenderedResource> desired = new ArrayList<>();
        for (RenderedResource resource : session.rendered()) {
            if (PrunePlanner.isIgnored(new LiveObject(resource.target(), "", resource.liveName(), resource.payload()),
                    ignore)) {
                warnings.add(resource.file() + ": '" + resource.liveName() + "' matches an ignore rule; retained "
                        + "(ignored), not planned");
            } else {
                desired.add(resource);
            }
        }
        RawIds.requireKnown(desired, live, session.environment().name());
        LiveMatch match = LiveMatch.of(desired, live, ledger, warnings);
        Canonicalizer canonicalizer = ResourcePlanner.canonicalizer(keysById(match, ledger),
                session.secrets().masker(ledger.secretFingerprints()), ignore);
        ResourcePlanner resources = new ResourcePlanner(canonicalizer, session.secrets(), ledger);
        List<PlanAction> actions = new ArrayList<>();
        Set<String> desiredKeys = new HashSet<>();
        for (RenderedResource resource : desired) {
            actions.add(resources.plan(resource, match.get(resource)));
            desiredKeys.add(LedgerEntry.keyOf(resource.target(), resource.key()));
        }
        repointReplaced(actions);
        List<LedgerEntry> leftovers = PrunePlanner.leftovers(ledger, match, live, ignore, desiredKeys, warnings);
        if (options.prune()) {
            Set<String> managedIds = new HashSet<>();
            match.all().values().forEach(object -> managedIds.add(object.id()));
            actions.addAll(PrunePlanner.deletes(leftovers, live, managedIds, desired.isEmpty(), warnings));
        } else if (!leftovers.isEmpty()) {
            warnings.add(leftovers.size() + " object(s) the ledger manages are no longer in Git ("
                    + String.join(", ", leftovers.stream().map(LedgerEntry::ledgerKey).toList())
                    + "); plan --prune deletes them");
        }
        List<PlanAction> chosen = PlanSelection.select(actions, options.only(), session.environment().name(),
                key -> ledger.entries().stream().anyMatch(entry -> entry.ledgerKey().equals(key)));
        Map<String, String> ids = new TreeMap<>();
        match.all().forEach((key, object) -> ids.put(key, object.id()));
        return new Plan(session.environment().name(), session.environment().org(), orgIdOf(live),
                session.git().sha(), session.git().dirty(), session.git().revision(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), options.prune(), options.only(),
                ordered(chosen), ids, liveHashes(live), unmanaged(live, match, ledger, ignore), warnings);
    }

    /** Ids of desired objects to their keys, and of objects the ledger still knows although Git dropped them. */
    private static Map<Target, Map<String, String>> keysById(LiveMatch match, Ledger ledger) {
        Map<Target, Map<String, String>> keys = new EnumMap<>(Target.class);
        for (LedgerEntry entry : ledger.entries()) {
            keys.computeIfAbsent(entry.target(), t -> new HashMap<>()).put(entry.id(), entry.key());
        }
        match.all().forEach((ledgerKey, object) -> keys.computeIfAbsent(object.target(), t -> new HashMap<>())
                .put(object.id(), ledgerKey.substring(ledgerKey.indexOf('/') + 1)));
        return keys;
    }

    /**
     * A replaced object gets a new id, which canonical form cannot see (both ids read as the same key):
     * everything whose payload points at it is written again so it points at the new object.
     */
    private static void repointReplaced(List<PlanAction> actions) {
        List<PlanAction> replaced = actions.stream().filter(a -> a.type() == ActionType.REPLACE).toList();
        for (PlanAction replace : replaced) {
            String placeholder = new RefPlaceholder(replace.target(), replace.key()).text();
            for (int i = 0; i < actions.size(); i++) {
                PlanAction action = actions.get(i);
                if (action.payload() == null || action == replace || action.type() == ActionType.CREATE
                        || action.type() == ActionType.REPLACE) {
                    continue;
                }
                TreeSet<String> fields = new TreeSet<>(action.write());
                List<String> changes = new ArrayList<>(action.changes());
                for (var field : action.payload().properties()) {
                    List<String> strings = new ArrayList<>();
                    ResolvedSecrets.visitStrings(field.getValue(), strings::add);
                    if (strings.contains(placeholder) && fields.add(field.getKey())) {
                        changes.add(field.getKey() + ": points at the new " + replace.target().spelling() + " '"
                                + replace.key() + "'");
                    }
                }
                if (fields.size() > action.write().size()) {
                    actions.set(i, action.with(ActionType.UPDATE, new ArrayList<>(fields), changes, action.reason()));
                }
            }
        }
    }

    /** Creates and updates in creation order, then deletes in the reverse order, so references never dangle. */
    private static List<PlanAction> ordered(List<PlanAction> actions) {
        Comparator<PlanAction> byKey = Comparator.comparing(PlanAction::key);
        List<PlanAction> forward = actions.stream().filter(a -> a.type() != ActionType.DELETE)
                .sorted(Comparator.comparing(PlanAction::target).thenComparing(byKey)).toList();
        List<PlanAction> deletes = actions.stream().filter(a -> a.type() == ActionType.DELETE)
                .sorted(Comparator.comparing(PlanAction::target).reversed().thenComparing(byKey)).toList();
        List<PlanAction> all = new ArrayList<>(forward);
        all.addAll(deletes);
        return all;
    }

    private static Map<String, String> liveHashes(LiveSnapshot live) {
        Map<String, String> hashes = new TreeMap<>();
        live.objects().forEach((target, objects) -> objects.forEach(object ->
                hashes.put(target.spelling() + "/" + object.id(), LiveHashes.of(object.body()))));
        return hashes;
    }

    private static List<Plan.Unmanaged> unmanaged(LiveSnapshot live, LiveMatch match, Ledger ledger,
            List<IgnoreRule> ignore) {
        List<Plan.Unmanaged> found = new ArrayList<>();
        for (Target target : Target.values()) {
            for (LiveObject object : live.of(target)) {
                if (!match.isUsed(object.id()) && ledger.byId(target, object.id()).isEmpty()) {
                    found.add(new Plan.Unmanaged(target, object.id(), object.name(),
                            PrunePlanner.isIgnored(object, ignore)));
                }
            }
        }
        found.sort(Comparator.comparing(Plan.Unmanaged::target).thenComparing(Plan.Unmanaged::name)
                .thenComparing(Plan.Unmanaged::id));
        return found;
    }

    /** The org id the listed objects carry, when they agree; null for an empty org. */
    public static String orgIdOf(LiveSnapshot live) {
        return live.objects().values().stream().flatMap(List::stream)
                .map(object -> object.body().path("orgId").asString(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
