package dev.ferry.sandbox;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Where org data survives a restart: a data folder, or nowhere for an in-memory sandbox. */
interface Persistence {
    /** Orgs that have data from an earlier run. */
    List<String> orgNames();

    /** Records that an org exists, so that a restart lists it even while it holds no objects. */
    void addOrg(String org);

    /** Every stored object of one org, by kind. */
    Map<ApiKind, List<ObjectNode>> load(String org);

    /** Writes one object; returns only once the write is complete and visible to a restart. */
    void save(String org, ApiKind kind, ObjectNode object);

    void delete(String org, ApiKind kind, String id);

    static Persistence none() {
        return new None();
    }

    /** Keeps nothing: the objects live only in {@link OrgData}'s maps. */
    final class None implements Persistence {
        @Override
        public List<String> orgNames() {
            return List.of();
        }

        @Override
        public void addOrg(String org) {}

        @Override
        public Map<ApiKind, List<ObjectNode>> load(String org) {
            return Map.of();
        }

        @Override
        public void save(String org, ApiKind kind, ObjectNode object) {}

        @Override
        public void delete(String org, ApiKind kind, String id) {}
    }
}
