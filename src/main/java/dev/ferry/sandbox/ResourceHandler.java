package dev.ferry.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create, read, update, delete and list for every kind, the same way for all: whitelist check,
 * per-kind rules, server fields, top-level PATCH that replaces whole subtrees. What differs per kind
 * comes from its {@link KindRules}.
 */
final class ResourceHandler {
    private final Clock clock;

    ResourceHandler(Clock clock) {
        this.clock = clock;
    }

    ApiReply list(OrgData org, ApiKind kind, ListStyle style, Map<String, List<String>> query) {
        ListQuery parsed = ListQuery.parse(style, kind.fieldFilters(), query);
        return ApiReply.ok(parsed.answer(org.all(kind), kind.rules()));
    }

    ApiReply get(OrgData org, ApiKind kind, String id) {
        return ApiReply.ok(kind.rules().present(find(org, kind, id).body()));
    }

    ApiReply create(OrgData org, ApiKind kind, byte[] requestBody) {
        ObjectNode body = Json.readBody(requestBody);
        KindRules rules = kind.rules();
        Violations violations = new Violations();
        violations.rejectProperties(body, rules::accepts);
        rules.check(body, violations);
        rules.checkCreate(body, violations);
        violations.throwIfAny();
        return ApiReply.created(rules.present(insert(org, kind, body)));
    }

    /** Stores a new object made of {@code fields} plus id, org id, timestamps and the kind's server fields. */
    ObjectNode insert(OrgData org, ApiKind kind, ObjectNode fields) {
        String now = Timestamps.format(Timestamps.now(clock));
        ObjectNode created = Json.object();
        created.put("id", UUID.randomUUID().toString());
        created.put("orgId", org.orgId());
        created.put("createdAt", now);
        created.put("updatedAt", now);
        fields.properties().forEach(field -> created.set(field.getKey(), field.getValue().deepCopy()));
        kind.rules().addServerFields(created);
        kind.rules().withholdSecrets(created);
        org.put(kind, created);
        return created;
    }

    ApiReply update(OrgData org, ApiKind kind, String id, byte[] requestBody, Map<String, List<String>> query) {
        StoredObject stored = find(org, kind, id);
        ObjectNode body = Json.readBody(requestBody);
        KindRules rules = kind.rules();
        Violations violations = new Violations();
        violations.rejectProperties(body, rules::accepts);
        rules.check(body, violations);
        rules.checkUpdate(body, stored.body(), query, violations);
        violations.throwIfAny();
        // Partial at the top level only: each key sent replaces its whole value; an explicit null is kept.
        ObjectNode updated = stored.body().deepCopy();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            updated.set(field.getKey(), field.getValue().deepCopy());
        }
        updated.put("updatedAt", Timestamps.format(latest(Timestamps.now(clock), stored.createdAt())));
        rules.withholdSecrets(updated);
        if (!org.replace(kind, updated)) {
            throw ApiError.notFound(kind.notFoundMessage()); // deleted while this PATCH was being checked
        }
        return ApiReply.ok(rules.present(updated));
    }

    ApiReply delete(OrgData org, ApiKind kind, String id) {
        StoredObject removed = org.remove(kind, requireUuid(id))
                .orElseThrow(() -> ApiError.notFound(kind.notFoundMessage()));
        return ApiReply.ok(kind.rules().present(removed.body()));
    }

    StoredObject find(OrgData org, ApiKind kind, String id) {
        return org.find(kind, requireUuid(id)).orElseThrow(() -> ApiError.notFound(kind.notFoundMessage()));
    }

    /** NestJS's UUID pipe: a path id that is not a UUID is a 400, not a 404. */
    static String requireUuid(String id) {
        if (!Uuids.isUuid(id)) {
            throw ApiError.badRequest("Validation failed (uuid is expected)");
        }
        return id;
    }

    // A clock set back (a test clock, or NTP) must not make updatedAt precede createdAt.
    private static Instant latest(Instant now, Instant createdAt) {
        return now.isBefore(createdAt) ? createdAt : now;
    }
}
