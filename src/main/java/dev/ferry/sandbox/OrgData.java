package dev.ferry.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects of one org, by kind and id. Every change is written through to {@link Persistence}
 * before it becomes visible, so an answered write survives a restart. One lock per org: writes in
 * one org are serialized, orgs do not wait for each other.
 */
final class OrgData {
    private final SandboxOrg org;
    private final Persistence persistence;
    private final Map<ApiKind, Map<String, StoredObject>> objects = new EnumMap<>(ApiKind.class);

    OrgData(SandboxOrg org, Persistence persistence) {
        this.org = org;
        this.persistence = persistence;
        for (ApiKind kind : ApiKind.values()) {
            objects.put(kind, new HashMap<>());
        }
        persistence.addOrg(org.name());
        persistence.load(org.name()).forEach((kind, stored) -> stored.forEach(body -> {
            StoredObject object = StoredObject.of(body);
            objects.get(kind).put(object.id(), object);
        }));
    }

    String name() {
        return org.name();
    }

    String orgId() {
        return org.id().toString();
    }

    synchronized Optional<StoredObject> find(ApiKind kind, String id) {
        return Optional.ofNullable(objects.get(kind).get(id.toLowerCase(Locale.ROOT)));
    }

    synchronized List<StoredObject> all(ApiKind kind) {
        return new ArrayList<>(objects.get(kind).values());
    }

    synchronized void put(ApiKind kind, ObjectNode body) {
        persistence.save(org.name(), kind, body);
        StoredObject object = StoredObject.of(body);
        objects.get(kind).put(object.id(), object);
    }

    /** Stores a new version of an object that still exists; false when it was deleted meanwhile. */
    synchronized boolean replace(ApiKind kind, ObjectNode body) {
        if (!objects.get(kind).containsKey(body.path("id").asString())) {
            return false;
        }
        put(kind, body);
        return true;
    }

    synchronized Optional<StoredObject> remove(ApiKind kind, String id) {
        Optional<StoredObject> found = find(kind, id);
        found.ifPresent(object -> {
            persistence.delete(org.name(), kind, object.id());
            objects.get(kind).remove(object.id());
        });
        return found;
    }
}
