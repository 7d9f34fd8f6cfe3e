package dev.ferry.plan;

import dev.ferry.ledger.Ledger;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Target;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pairs each desired object with the live object it is: the id the ledger recorded first (so a rename
 * in the dashboard does not lose it), then the live name. Several live objects with one name are a
 * leftover of some earlier mishap: the lowest id is adopted, deterministically, and the others are
 * named in a warning; a third is never created (pitfall B06).
 */
final class LiveMatch {
    private final Map<String, LiveObject> matched = new TreeMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final List<String> warnings;

    private LiveMatch(List<String> warnings) {
        this.warnings = warnings;
    }

    static LiveMatch of(List<RenderedResource> desired, LiveSnapshot live, Ledger ledger, List<String> warnings) {
        LiveMatch match = new LiveMatch(warnings);
        Map<Target, Map<String, LiveObject>> byId = new HashMap<>();
        for (Target target : Target.values()) {
            Map<String, LiveObject> ids = new HashMap<>();
            live.of(target).forEach(object -> ids.put(object.id(), object));
            byId.put(target, ids);
        }
        for (RenderedResource resource : desired) {
            ledger.find(resource.target(), resource.key())
                    .map(entry -> byId.get(resource.target()).get(entry.id()))
                    .ifPresent(object -> match.take(resource, object));
        }
        for (RenderedResource resource : desired) {
            String key = LedgerEntry.keyOf(resource.target(), resource.key());
            if (match.matched.containsKey(key)) {
                continue;
            }
            List<LiveObject> named = live.of(resource.target()).stream()
                    .filter(object -> !match.usedIds.contains(object.id()))
                    .filter(object -> object.name().equals(resource.liveName()))
                    .sorted(Comparator.comparing(LiveObject::id))
                    .toList();
            if (named.isEmpty()) {
                continue;
            }
            match.take(resource, named.get(0));
            if (named.size() > 1) {
                warnings.add(resource.target().spelling() + " '" + resource.liveName() + "' (" + resource.file()
                        + ") matches " + named.size() + " live objects; adopting " + named.get(0).id()
                        + " (the lowest id) and leaving " + String.join(", ", named.subList(1, named.size())
                        .stream().map(LiveObject::id).toList()) + " alone; delete the extra ones in the dashboard");
            }
        }
        return match;
    }

    private void take(RenderedResource resource, LiveObject object) {
        matched.put(LedgerEntry.keyOf(resource.target(), resource.key()), object);
        usedIds.add(object.id());
    }

    LiveObject get(RenderedResource resource) {
        return matched.get(LedgerEntry.keyOf(resource.target(), resource.key()));
    }

    boolean isUsed(String id) {
        return usedIds.contains(id);
    }

    /** Ledger key to live object, for every desired object the org has. */
    Map<String, LiveObject> all() {
        return matched;
    }
}
