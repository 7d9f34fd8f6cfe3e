package dev.ferry.sandbox.load;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.RefFields;
import dev.ferry.render.RefPlaceholder;
import dev.ferry.render.Target;
import dev.ferry.vapi.FileUpload;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates objects in an org in dependency order (credentials, files, tools, structured outputs,
 * assistants, squads), swapping each {@code @ref} placeholder for the id the org assigned.
 * Back-links to objects made later (structured-output assistants, handoff destinations) are left
 * out of the create and written with a PATCH of their whole top-level field once all exist.
 * It is the loader's last step and, until apply exists, how tests and the demo fill an org.
 */
public final class CreateInOrder {
    private final VapiClient client;

    public CreateInOrder(VapiClient client) {
        this.client = client;
    }

    /** One object made: what it was and the id the org gave it. */
    public record Created(PendingObject object, String id) {}

    /** Creates every object and returns them with their ids, in creation order. */
    public List<Created> run(List<PendingObject> objects) {
        List<PendingObject> ordered = new ArrayList<>(objects);
        ordered.sort(Comparator.comparing(PendingObject::target));
        Map<Target, Map<String, String>> ids = new EnumMap<>(Target.class);
        List<Created> created = new ArrayList<>();
        Map<Created, Set<String>> deferred = new HashMap<>();
        for (PendingObject object : ordered) {
            ObjectNode body = object.body().deepCopy();
            Set<String> later = wire(object.target(), body, ids, false);
            ObjectNode stored = create(object, body);
            String id = stored.path("id").asString();
            ids.computeIfAbsent(object.target(), target -> new HashMap<>()).put(object.key(), id);
            Created made = new Created(object, id);
            created.add(made);
            if (!later.isEmpty()) {
                deferred.put(made, later);
            }
        }
        for (Created made : created) {
            Set<String> fields = deferred.get(made);
            if (fields != null) {
                ObjectNode body = made.object().body().deepCopy();
                wire(made.object().target(), body, ids, true);
                ObjectNode patch = body.objectNode();
                fields.forEach(field -> patch.set(field, body.get(field)));
                if (made.object().target() == Target.SQUAD) {
                    patch.set("members", body.get("members"));
                }
                client.update(VapiKind.of(made.object().target()), made.id(), patch);
            }
        }
        return created;
    }

    /**
     * Replaces placeholders with known ids. A back-link whose target does not exist yet is removed
     * from the body and its top-level field returned, so the caller writes it later.
     */
    private static Set<String> wire(Target target, ObjectNode body, Map<Target, Map<String, String>> ids,
            boolean mustResolve) {
        Set<String> later = new LinkedHashSet<>();
        for (RefFields.RefField field : RefFields.of(target)) {
            List<Runnable> removals = new ArrayList<>();
            Placeholders.forEachMatch(body, field.pattern(), (parent, at, value, path) -> {
                var placeholder = RefPlaceholder.parse(value);
                if (placeholder.isEmpty()) {
                    return;
                }
                String id = ids.getOrDefault(placeholder.get().target(), Map.of()).get(placeholder.get().key());
                if (id != null) {
                    Placeholders.set(parent, at, id);
                } else if (field.backLink() && !mustResolve) {
                    later.add(field.pattern().split("/")[1]);
                    removals.add(() -> Placeholders.remove(parent, at));
                } else {
                    throw new FerryException(ExitCode.ERROR, "cannot create " + target.spelling() + ": it refers to "
                            + placeholder.get().target().spelling() + " '" + placeholder.get().key()
                            + "', which is not among the objects being created");
                }
            });
            for (int i = removals.size() - 1; i >= 0; i--) {
                removals.get(i).run();
            }
        }
        for (String field : later) {
            JsonNode value = body.get(field);
            if (value instanceof ArrayNode || value instanceof ObjectNode) {
                body.remove(field);
            }
        }
        return later;
    }

    private ObjectNode create(PendingObject object, ObjectNode body) {
        if (object.target() == Target.FILE) {
            ObjectNode metadata = body.objectNode();
            if (body.has("sha256")) {
                metadata.set("sha256", body.get("sha256"));
            }
            ObjectNode stored = client.upload(new FileUpload(object.upload(), "assistant", metadata), null);
            String name = body.path("name").asString(null);
            if (name != null && !name.equals(stored.path("name").asString())) {
                // An upload is named after the local file; Ferry's name for it is set afterwards.
                stored = client.update(VapiKind.FILE, stored.get("id").asString(), body.objectNode().put("name", name));
            }
            return stored;
        }
        return client.create(VapiKind.of(object.target()), body);
    }

}
