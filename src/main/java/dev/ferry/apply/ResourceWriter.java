package dev.ferry.apply;

import dev.ferry.canonical.Canonicalizer;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.ledger.LedgerStore;
import dev.ferry.plan.ActionType;
import dev.ferry.plan.LiveHashes;
import dev.ferry.plan.ManagedView;
import dev.ferry.plan.PlanAction;
import dev.ferry.render.Target;
import dev.ferry.runs.RunRecord;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one planned object and records it: the request body built (secrets filled in only here), the
 * write made safely, the id remembered for the objects that refer to it, and the ledger entry journaled
 * with the content hash of what the org answered. Safe to call from several threads.
 */
final class ResourceWriter {
    /** Fields of an object that had to wait for objects made later in the run. */
    record Deferred(PlanAction action, String id, Set<String> fields, ObjectNode written) {}

    private static final Set<String> SERVER_OWNED = Set.of("id", "orgId", "createdAt", "updatedAt", "isDeleted",
            "isServerUrlSecretSet", "latestVersion", "analyticsMetadata", "workflowIds");

    private final String runId;
    private final String sha;
    private final VapiClient client;
    private final Writes writes;
    private final Payloads payloads;
    private final Uploads uploads;
    private final ResolvedSecrets secrets;
    private final LedgerStore ledger;
    private final RunRecord record;
    private final Clock clock;
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Map<String, String> keysById = new ConcurrentHashMap<>();
    private final Canonicalizer canonicalizer;
    private final ConcurrentLinkedQueue<Deferred> deferred = new ConcurrentLinkedQueue<>();
    private final List<String> done = Collections.synchronizedList(new ArrayList<>());
    private final java.util.function.Consumer<String> progress;

    ResourceWriter(Settings settings, Map<String, String> knownIds, java.util.function.Consumer<String> progress) {
        this.runId = settings.runId();
        this.sha = settings.sha();
        this.client = settings.client();
        this.writes = settings.writes();
        this.payloads = settings.payloads();
        this.uploads = settings.uploads();
        this.secrets = settings.secrets();
        this.ledger = settings.ledger();
        this.record = settings.record();
        this.clock = settings.clock();
        this.progress = progress;
        knownIds.forEach(this::remember);
        this.canonicalizer = new Canonicalizer(
                (target, id) -> Optional.ofNullable(keysById.get(target.spelling() + "/" + id)),
                secrets.masker(settings.ledgerFingerprints()), settings.ignore());
    }

    /** What a writer needs from its run. */
    record Settings(String runId, String sha, VapiClient client, Writes writes, Payloads payloads, Uploads uploads,
            ResolvedSecrets secrets, LedgerStore ledger, RunRecord record, Clock clock,
            Map<String, String> ledgerFingerprints, List<dev.ferry.config.IgnoreRule> ignore) {}

    void perform(PlanAction action) {
        switch (action.type()) {
            case NO_OP -> adopt(action);
            case CREATE, REPLACE -> create(action);
            case UPDATE -> update(action);
            case DELETE -> delete(action);
        }
    }

    /** An object already as Git wants it: only the ledger learns about it (pitfall B03: no write). */
    private void adopt(PlanAction action) {
        if (action.reason() != null && action.id() != null) {
            journal(action, action.id(), action.viewHash());
        }
    }

    private void create(PlanAction action) {
        Payloads.Body built = payloads.forCreate(action, ids);
        Writes.Result result;
        if (action.target() == Target.FILE) {
            result = uploads.upload(action, key(action, ""), otherThan(action));
        } else {
            ObjectNode sent = (ObjectNode) secrets.substitute(built.body());
            result = writes.create(kindOf(action.target()), sent, key(action, ""), ours(action), action.where());
        }
        String id = result.object().path("id").asString();
        remember(action.ledgerKey(), id);
        ObjectNode written = result.object();
        if (result.adopted() && action.target() != Target.FILE) {
            // The object is there, but a lost answer hides whether it is this run's body or an older one's.
            ObjectNode body = (ObjectNode) secrets.substitute(built.body());
            written = writes.update(kindOf(action.target()), id, withRequired(action.target(), body),
                    key(action, "/adopt"), now -> true, action.where());
        }
        journal(action, id, hashOf(action, written));
        if (!built.deferred().isEmpty()) {
            deferred.add(new Deferred(action, id, built.deferred(), written));
        }
        did(result.adopted() ? "adopted" : action.type() == ActionType.REPLACE ? "created (replacing "
                + action.id() + ")" : "created", action.ledgerKey(), id);
    }

    private void update(PlanAction action) {
        VapiKind kind = kindOf(action.target());
        ObjectNode live = client.get(kind, action.id());
        requireUnchanged(action, live);
        Payloads.Body built = payloads.forUpdate(action, live, ids);
        ObjectNode sent = (ObjectNode) secrets.substitute(built.body());
        ObjectNode after = writes.update(kind, action.id(), sent, key(action, ""),
                now -> sameFields(action.target(), now, built.body()), action.where());
        journal(action, action.id(), hashOf(action, after));
        if (!built.deferred().isEmpty()) {
            deferred.add(new Deferred(action, action.id(), built.deferred(), after));
        }
        did("updated", action.ledgerKey(), action.id());
        requireNoConcurrentEdit(action, live, after, built.body());
    }

    /**
     * Vapi has no conditional write, so an edit that lands between the re-read and the PATCH cannot be
     * prevented; but it shows in the answer as a field Ferry did not send that changed. The run stops and
     * says so rather than carry on as if nothing happened; the other edit was kept, since its field was
     * not sent.
     */
    private static void requireNoConcurrentEdit(PlanAction action, ObjectNode before, ObjectNode after,
            ObjectNode sent) {
        List<String> changed = new ArrayList<>(LiveHashes.changedFields(LiveHashes.perField(before),
                LiveHashes.perField(after)));
        changed.removeAll(new ArrayList<>(sent.propertyNames()));
        changed.removeAll(SERVER_OWNED);
        if (!changed.isEmpty()) {
            throw ApplyStop.stale(action.where() + ": changed in the org while Ferry was writing it ("
                    + String.join(", ", changed) + "); that change was kept, Ferry's fields were written; re-run plan "
                    + "to review");
        }
    }

    void writeBackLinks(Deferred pending) {
        PlanAction action = pending.action();
        VapiKind kind = kindOf(action.target());
        ObjectNode body = payloads.forBackLinks(action, pending.written(), pending.fields(), ids);
        ObjectNode after = writes.update(kind, pending.id(), (ObjectNode) secrets.substitute(body),
                key(action, "/links"), now -> sameFields(action.target(), now, body), action.where());
        journal(action, pending.id(), hashOf(action, after));
        did("linked", action.ledgerKey(), pending.id());
    }

    void delete(PlanAction action) {
        VapiKind kind = kindOf(action.target());
        Optional<ObjectNode> live = client.find(kind, action.id());
        boolean replaced = "replaced".equals(action.reason());
        if (live.isPresent()) {
            requireUnchanged(action, live.get());
            writes.delete(kind, action.id(), key(action, "/delete"), action.where());
        }
        if (!replaced) {
            ledger.remove(action.target(), action.key());
        }
        did(live.isPresent() ? "deleted" : "already gone", action.ledgerKey(), action.id());
    }

    List<Deferred> deferred() {
        return List.copyOf(deferred);
    }

    List<String> done() {
        return List.copyOf(done);
    }

    /** Someone else's edit between plan and write stops the run; nothing is overwritten (pitfall B17). */
    private static void requireUnchanged(PlanAction action, ObjectNode live) {
        if (action.liveHash() != null && !action.liveHash().equals(LiveHashes.of(live))) {
            List<String> fields = LiveHashes.changedFields(action.liveFields(), LiveHashes.perField(live));
            throw ApplyStop.stale(action.where() + ": remote changed since plan ("
                    + (fields.isEmpty() ? "updatedAt" : String.join(", ", fields)) + "); re-run plan");
        }
    }

    private boolean sameFields(Target target, ObjectNode now, ObjectNode expected) {
        List<String> fields = new ArrayList<>(expected.propertyNames());
        ObjectNode have = canonicalizer.canonicalize(target, secrets.scrub(now)).tree();
        ObjectNode want = canonicalizer.canonicalize(target, expected).tree();
        return ManagedView.of(target, have, fields).equals(ManagedView.of(target, want, fields));
    }

    private String hashOf(PlanAction action, ObjectNode written) {
        return ManagedView.hash(action.target(), canonicalizer.canonicalize(action.target(), secrets.scrub(written))
                .tree(), action.managed());
    }

    private void journal(PlanAction action, String id, String hash) {
        ledger.put(new LedgerEntry(action.target(), action.key(), action.kind() == null ? null
                : action.kind().spelling(), action.slug(), id, sha, hash, action.managed(), action.secrets(),
                Instant.now(clock).toString(), runId));
    }

    private void remember(String ledgerKey, String id) {
        ids.put(ledgerKey, id);
        String target = ledgerKey.substring(0, ledgerKey.indexOf('/'));
        keysById.put(target + "/" + id, ledgerKey.substring(ledgerKey.indexOf('/') + 1));
    }

    /** A live object this run may adopt as the one it just tried to create: same name, not spoken for. */
    private java.util.function.Predicate<ObjectNode> ours(PlanAction action) {
        return object -> action.name().equals(nameOf(action.target(), object)) && otherThan(action).test(object);
    }

    private java.util.function.Predicate<ObjectNode> otherThan(PlanAction action) {
        return object -> {
            String id = object.path("id").asString();
            return !id.equals(action.id()) && !ids.containsValue(id);
        };
    }

    private static String nameOf(Target target, ObjectNode body) {
        if (body.path("name").isString()) {
            return body.get("name").asString();
        }
        return target == Target.TOOL ? body.path("function").path("name").asString("") : "";
    }

    private static ObjectNode withRequired(Target target, ObjectNode body) {
        if (target == Target.SQUAD && !body.has("members")) {
            body.putArray("members");
        }
        return body;
    }

    private String key(PlanAction action, String suffix) {
        return runId + "/" + action.target().spelling() + "/" + action.key() + suffix;
    }

    private void did(String verb, String ledgerKey, String id) {
        String line = verb + " " + ledgerKey + " " + id;
        done.add(line);
        record.did(verb, ledgerKey, id);
        progress.accept(line);
    }

    static VapiKind kindOf(Target target) {
        return switch (target) {
            case ASSISTANT -> VapiKind.ASSISTANT;
            case SQUAD -> VapiKind.SQUAD;
            case TOOL -> VapiKind.TOOL;
            case STRUCTURED_OUTPUT -> VapiKind.STRUCTURED_OUTPUT;
            case CREDENTIAL -> VapiKind.CREDENTIAL;
            case FILE -> VapiKind.FILE;
        };
    }
}
