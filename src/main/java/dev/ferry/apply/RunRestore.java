package dev.ferry.apply;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.config.Kind;
import dev.ferry.ledger.LedgerEntry;
import dev.ferry.plan.ActionType;
import dev.ferry.plan.LiveHashes;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanAction;
import dev.ferry.render.RefFields;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.render.Target;
import dev.ferry.runs.RunRecord;
import dev.ferry.runs.Runs;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.secrets.SecretRef;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import dev.ferry.workspace.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan of {@code rollback --run ID}: put back what a run changed, from the backup it took before its
 * first write. Objects it updated are patched back field by field, objects it created are deleted, and
 * objects it deleted (or replaced) are created again from their backup, with references to them moved to
 * the new ids and their secrets filled in from their references at send time. What a backup cannot hold
 * (a file's content, a credential's secret) is named instead of guessed.
 */
final class RunRestore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SERVER_OWNED = Set.of("id", "orgId", "createdAt", "updatedAt", "isDeleted",
            "isServerUrlSecretSet", "latestVersion", "analyticsMetadata", "workflowIds", "authenticationSession");

    /** One object as the run found it. */
    record Backup(Target target, String key, String id, Kind kind, String slug, String action, ObjectNode body) {}

    private final RunRecord record;
    private final List<Backup> backups;

    private RunRestore(RunRecord record, List<Backup> backups) {
        this.record = record;
        this.backups = backups;
    }

    /** Reads run {@code id}'s record and backups; no request is made. */
    static RunRestore read(Path root, String id, String environment) {
        RunRecord record = Runs.show(root, id);
        String ran = record.toJson().path("environment").asString();
        if (!ran.equals(environment)) {
            throw new FerryException(ExitCode.REFUSED, "run " + record.id() + " changed " + ran + ", not "
                    + environment + " [rollback]");
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Runs.folder(root, id).resolve("backup"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                String kind = node.path("kind").asString(null);
                backups.add(new Backup(Target.parse(node.path("target").asString()), node.path("key").asString(),
                        node.path("id").asString(), kind == null ? null : Kind.parse(kind).orElse(null),
                        node.path("slug").asString(null), node.path("action").asString(),
                        (ObjectNode) node.path("body")));
            }
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read the backup of run " + record.id() + ": "
                    + e.getMessage(), e);
        }
        return new RunRestore(record, backups);
    }

    /** Every secret reference the backups hold, to resolve before anything is sent. */
    List<SecretRef> secretRefs() {
        List<SecretRef> refs = new ArrayList<>();
        backups.forEach(backup -> refs.addAll(ResolvedSecrets.refsIn(backup.body())));
        return refs;
    }

    String runId() {
        return record.id();
    }

    Plan plan(String environment, String org, LiveSnapshot live, ResolvedSecrets secrets, Map<String, String> ids,
            Clock clock) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> created = createdByRun();
        Map<String, String> placeholders = new HashMap<>();
        List<Backup> recreate = new ArrayList<>();
        for (Backup backup : backups) {
            if (!backup.action().equals("update") && find(live, backup.target(), backup.id()).isEmpty()) {
                if (backup.target() == Target.FILE || backup.target() == Target.CREDENTIAL) {
                    warnings.add(backup.target().spelling() + "/" + backup.key() + " cannot be created again from a "
                            + "backup (" + (backup.target() == Target.FILE ? "its content" : "its secret")
                            + " is not kept); ferry apply makes it from Git");
                    continue;
                }
                recreate.add(backup);
                placeholders.put(backup.id(), new RefPlaceholder(backup.target(), backup.key()).text());
            }
        }
        List<PlanAction> actions = new ArrayList<>();
        for (Backup backup : recreate) {
            ObjectNode body = restorable(backup, placeholders, warnings);
            actions.add(action(ActionType.CREATE, backup, null, body, new ArrayList<>(body.propertyNames()),
                    List.of("created again from the backup of " + backup.id()), secrets, null, "restored"));
        }
        for (Backup backup : backups) {
            if (!backup.action().equals("update")) {
                continue;
            }
            Optional<LiveObject> now = find(live, backup.target(), backup.id());
            if (now.isEmpty()) {
                warnings.add(backup.target().spelling() + "/" + backup.key() + " " + backup.id()
                        + " is gone from the org; not restored");
                continue;
            }
            ObjectNode body = restorable(backup, placeholders, warnings);
            JsonNode current = secrets.scrub(now.get().body());
            List<String> write = new ArrayList<>();
            for (String field : new TreeSet<>(body.propertyNames())) {
                if (!body.get(field).equals(current.get(field))) {
                    write.add(field);
                }
            }
            if (!write.isEmpty()) {
                actions.add(action(ActionType.UPDATE, backup, now.get(), body, write,
                        write.stream().map(field -> field + ": back to the backup").toList(), secrets, null, null));
            }
        }
        created.forEach((ledgerKey, id) -> {
            Target target = Target.parse(ledgerKey.substring(0, ledgerKey.indexOf('/')));
            find(live, target, id).ifPresent(object -> {
                boolean replacement = backups.stream().anyMatch(b -> b.target() == target
                        && LedgerEntry.keyOf(b.target(), b.key()).equals(ledgerKey) && !b.action().equals("update"));
                actions.add(new PlanAction(ActionType.DELETE, target, ledgerKey.substring(ledgerKey.indexOf('/') + 1),
                        null, null, null, object.name(), id, null, List.of(), List.of(),
                        List.of("made by run " + record.id()), List.of(), Map.of(), LiveHashes.of(object.body()),
                        LiveHashes.perField(object.body()), null, Status.PENDING,
                        replacement ? "replaced" : "made by run " + record.id()));
            });
        });
        Map<String, String> liveHashes = new TreeMap<>();
        live.objects().forEach((target, objects) -> objects.forEach(object ->
                liveHashes.put(target.spelling() + "/" + object.id(), LiveHashes.of(object.body()))));
        return new Plan(environment, org, dev.ferry.plan.Planner.orgIdOf(live), null, false, null,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), false, List.of(), actions, ids,
                liveHashes, List.of(), warnings);
    }

    /** Ledger key to id of every object the run made (and that is not a restored backup's). */
    private Map<String, String> createdByRun() {
        Map<String, String> created = new TreeMap<>();
        for (JsonNode done : record.toJson().path("done")) {
            String verb = done.path("action").asString();
            if (verb.startsWith("created") || verb.equals("adopted")) {
                created.put(done.path("resource").asString(), done.path("id").asString());
            }
        }
        return created;
    }

    /** The backup's writable fields, ids of re-created objects turned into placeholders, masked fields left out. */
    private static ObjectNode restorable(Backup backup, Map<String, String> placeholders, List<String> warnings) {
        ObjectNode body = backup.body().deepCopy();
        SERVER_OWNED.forEach(body::remove);
        for (String field : new ArrayList<>(body.propertyNames())) {
            if (body.get(field).toString().contains(SecretMasker.MASK)) {
                body.remove(field);
                warnings.add(backup.target().spelling() + "/" + backup.key() + ": '" + field + "' held a value Ferry "
                        + "could not tell was a secret of its own; left as the org has it");
            }
        }
        for (RefFields.RefField field : RefFields.of(backup.target())) {
            replaceIds(body, field.pattern().substring(1).split("/"), 0, placeholders);
        }
        return body;
    }

    private static void replaceIds(JsonNode node, String[] tokens, int depth, Map<String, String> placeholders) {
        String token = tokens[depth];
        boolean last = depth == tokens.length - 1;
        if (token.equals("*") && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (last && placeholders.containsKey(node.get(i).asString(""))) {
                    ((tools.jackson.databind.node.ArrayNode) node).set(i, JSON.getNodeFactory()
                            .stringNode(placeholders.get(node.get(i).asString())));
                } else if (!last) {
                    replaceIds(node.get(i), tokens, depth + 1, placeholders);
                }
            }
        } else if (node instanceof ObjectNode object && object.has(token)) {
            if (last && placeholders.containsKey(object.get(token).asString(""))) {
                object.put(token, placeholders.get(object.get(token).asString()));
            } else if (!last) {
                replaceIds(object.get(token), tokens, depth + 1, placeholders);
            }
        }
    }

    private static PlanAction action(ActionType type, Backup backup, LiveObject live, ObjectNode body,
            List<String> write, List<String> changes, ResolvedSecrets secrets, String viewHash, String reason) {
        String name = body.path("name").isString() ? body.get("name").asString()
                : body.path("function").path("name").asString("");
        return new PlanAction(type, backup.target(), backup.key(), backup.kind(), backup.slug(), null, name,
                live == null ? null : live.id(), body, new ArrayList<>(new TreeSet<>(body.propertyNames())), write,
                changes, List.of(), secrets.isEmpty() ? Map.of() : secrets.fingerprintsOf(body),
                live == null ? null : LiveHashes.of(live.body()), live == null ? Map.of()
                        : LiveHashes.perField(live.body()), viewHash, Status.PENDING, reason);
    }

    private static Optional<LiveObject> find(LiveSnapshot live, Target target, String id) {
        return live.of(target).stream().filter(object -> object.id().equals(id)).findFirst();
    }
}
