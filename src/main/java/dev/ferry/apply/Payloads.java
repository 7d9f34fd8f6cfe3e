package dev.ferry.apply;

import dev.ferry.config.IgnoreRule;
import dev.ferry.plan.JsonPaths;
import dev.ferry.plan.ManagedView;
import dev.ferry.plan.PlanAction;
import dev.ferry.render.Target;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds request bodies from planned payloads (design section 7). A create sends the payload with
 * placeholders wired. An update is built from the object just re-read: each field to write is Git's
 * value with the paths Ferry must not manage (ignored paths, dashboard-only keys) carried over from the
 * live value, and every field goes whole, because Vapi replaces nested objects (pitfall B01). Squads
 * always send {@code members}; assistants always send {@code metadata} with fresh labels.
 */
final class Payloads {
    /** A body to send and the top-level fields deferred to the second pass. */
    record Body(ObjectNode body, Set<String> deferred) {}

    private final List<IgnoreRule> ignore;
    private final Labels labels;
    private final Function<String, String> owners;

    Payloads(List<IgnoreRule> ignore, Labels labels, Function<String, String> owners) {
        this.ignore = List.copyOf(ignore);
        this.labels = labels;
        this.owners = owners;
    }

    Body forCreate(PlanAction action, Map<String, String> ids) {
        ObjectNode body = action.payload();
        Set<String> deferred = RefWiring.wire(action.target(), body, ids, true, action.where());
        if (action.target() == Target.ASSISTANT) {
            body.set("metadata", labels.merge(null, body.get("metadata"), owners.apply(action.slug())));
        }
        return new Body(body, deferred);
    }

    Body forUpdate(PlanAction action, ObjectNode live, Map<String, String> ids) {
        ObjectNode payload = action.payload();
        Set<String> deferred = RefWiring.wire(action.target(), payload, ids, true, action.where());
        Set<String> fields = new LinkedHashSet<>(action.write());
        if (action.target() == Target.SQUAD) {
            fields.add("members");
        }
        fields.removeAll(deferred);
        ObjectNode body = payload.objectNode();
        for (String field : fields) {
            if (payload.has(field)) {
                body.set(field, withPreserved(action.target(), field, payload.get(field), live.get(field)));
            }
        }
        if (action.target() == Target.ASSISTANT) {
            body.set("metadata", labels.merge(live.get("metadata"), payload.get("metadata"),
                    owners.apply(action.slug())));
        }
        return new Body(body, deferred);
    }

    /** The second pass: the deferred fields, now that every object exists, and squads' members with them. */
    ObjectNode forBackLinks(PlanAction action, ObjectNode live, Set<String> fields, Map<String, String> ids) {
        ObjectNode payload = action.payload();
        RefWiring.wire(action.target(), payload, ids, false, action.where());
        ObjectNode body = payload.objectNode();
        Set<String> all = new LinkedHashSet<>(fields);
        if (action.target() == Target.SQUAD) {
            all.add("members");
        }
        for (String field : all) {
            if (payload.has(field)) {
                body.set(field, withPreserved(action.target(), field, payload.get(field), live.get(field)));
            }
        }
        return body;
    }

    private JsonNode withPreserved(Target target, String field, JsonNode desired, JsonNode live) {
        JsonNode value = desired.deepCopy();
        if (live == null) {
            return value;
        }
        ObjectNode wrappedDesired = value.isObject() || value.isArray() ? wrap(field, value) : null;
        if (wrappedDesired == null) {
            return value;
        }
        ObjectNode wrappedLive = wrap(field, live);
        for (String path : ManagedView.preservedPaths(target, ignore)) {
            if (path.startsWith("/" + field + "/")) {
                JsonPaths.carry(wrappedLive, wrappedDesired, path);
            }
        }
        return wrappedDesired.get(field);
    }

    private static ObjectNode wrap(String field, JsonNode value) {
        ObjectNode holder = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        holder.set(field, value);
        return holder;
    }
}
