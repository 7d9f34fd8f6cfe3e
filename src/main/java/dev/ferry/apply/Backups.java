package dev.ferry.apply;

import dev.ferry.canonical.SecretMasker;
import dev.ferry.canonical.SecretShapes;
import dev.ferry.plan.Plan;
import dev.ferry.plan.PlanAction;
import dev.ferry.runs.RunFolder;
import dev.ferry.secrets.ResolvedSecrets;
import dev.ferry.workspace.LiveObject;
import dev.ferry.workspace.LiveSnapshot;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves every object a plan touches, as the org holds it, before the first write: into the run's
 * {@code backup/} folder, with every secret value of this run turned back into its reference and any
 * other header value that looks like a secret masked, so a backup is safe to keep and to restore from.
 */
final class Backups {

    private Backups() {}

    static int save(RunFolder run, Plan plan, LiveSnapshot live, ResolvedSecrets secrets, SecretMasker masker) {
        int saved = 0;
        for (PlanAction action : plan.actions()) {
            if (action.id() == null || !action.type().writes()) {
                continue;
            }
            Optional<LiveObject> object = live.of(action.target()).stream()
                    .filter(candidate -> candidate.id().equals(action.id())).findFirst();
            if (object.isEmpty()) {
                continue;
            }
            ObjectNode backup = JsonNodeFactory.instance.objectNode();
            backup.put("target", action.target().spelling());
            backup.put("key", action.key());
            backup.put("id", action.id());
            backup.put("kind", action.kind() == null ? null : action.kind().spelling());
            backup.put("slug", action.slug());
            backup.put("action", action.type().label());
            backup.set("body", scrub(object.get().body(), secrets, masker));
            run.writeBackup(action.target().spelling(), action.key(), backup);
            saved++;
        }
        return saved;
    }

    static JsonNode scrub(JsonNode body, ResolvedSecrets secrets, SecretMasker masker) {
        JsonNode scrubbed = secrets.scrub(body);
        maskHeaders(scrubbed.path("server").path("headers"), masker);
        if (scrubbed.path("headers").path("properties") instanceof ObjectNode properties) {
            for (var header : properties.properties()) {
                if (header.getValue() instanceof ObjectNode schema && schema.path("value").isString()) {
                    schema.put("value", masked(header.getKey(), schema.get("value").asString(), masker));
                }
            }
        }
        return scrubbed;
    }

    private static void maskHeaders(JsonNode headers, SecretMasker masker) {
        if (headers instanceof ObjectNode object) {
            for (var header : object.properties()) {
                if (header.getValue().isString()) {
                    header.setValue(JsonNodeFactory.instance.stringNode(
                            masked(header.getKey(), header.getValue().asString(), masker)));
                }
            }
        }
    }

    private static String masked(String name, String value, SecretMasker masker) {
        Optional<String> reference = masker.referenceFor(value);
        if (reference.isPresent()) {
            return reference.get();
        }
        if (SecretShapes.mayBeSecretHeader(name) || SecretShapes.looksLikeSecret(value)) {
            return SecretMasker.MASK;
        }
        return value;
    }
}
