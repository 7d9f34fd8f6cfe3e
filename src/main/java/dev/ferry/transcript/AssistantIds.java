package dev.ferry.transcript;

import dev.ferry.ledger.Ledger;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the live id of an assistant in one environment the way plan matches it: the ledger's id when the
 * org still has that object, else the live assistant with the name the repo renders for it.
 */
final class AssistantIds {
    private final Ledger ledger;
    private final Set<String> liveIds;
    private final Map<String, String> idByName = new HashMap<>();
    private final Map<String, String> nameBySlug;

    AssistantIds(Ledger ledger, List<ObjectNode> liveAssistants, List<RenderedResource> rendered) {
        this.ledger = ledger;
        this.liveIds = liveAssistants.stream().map(a -> a.path("id").asString("")).collect(Collectors.toSet());
        // Lists come newest first; the oldest of two same-named objects wins, as the first one made.
        liveAssistants.forEach(a -> idByName.put(a.path("name").asString(""), a.path("id").asString("")));
        this.nameBySlug = rendered.stream().filter(r -> r.target() == Target.ASSISTANT)
                .collect(Collectors.toMap(RenderedResource::slug, RenderedResource::liveName, (a, b) -> a));
    }

    Optional<String> find(String slug) {
        Optional<String> recorded = ledger.find(Target.ASSISTANT, slug).map(LedgerEntry::id).filter(liveIds::contains);
        if (recorded.isPresent()) {
            return recorded;
        }
        return Optional.ofNullable(nameBySlug.get(slug)).map(idByName::get);
    }

    /** Why {@link #find} came back empty, for the report. */
    String missing(String slug, String environment) {
        String name = nameBySlug.getOrDefault(slug, slug);
        return "assistant '" + slug + "' is not in " + environment + " (no live assistant named '" + name
                + "'" + (ledger.find(Target.ASSISTANT, slug).isPresent() ? " and the ledger's id is gone" : "")
                + "); apply it first: ferry apply --env " + environment + " " + slug;
    }
}
