package dev.ferry.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The file attachments of a v2 knowledge base ({@code /v2/knowledge-base/{id}/file}) and the GET of a
 * knowledge base, which lists them. Attachments belong to their knowledge base: deleting it deletes
 * them. Indexing is not simulated: an attached file is {@code ready} at once.
 */
final class KnowledgeBaseFiles {
    private static final ApiKind BASES = ApiKind.KNOWLEDGE_BASE_V2;
    private static final ApiKind ROWS = ApiKind.KNOWLEDGE_BASE_V2_FILE;

    private final ResourceHandler resources;

    KnowledgeBaseFiles(ResourceHandler resources) {
        this.resources = resources;
    }

    /** {@code KnowledgeBaseV2WithFiles}: the object plus its attachments and its query tool (none here). */
    ApiReply get(OrgData org, String id) {
        ObjectNode view = resources.find(org, BASES, id).body().deepCopy();
        view.set("files", rows(org, view.path("id").asString()));
        view.putNull("toolId");
        return ApiReply.ok(view);
    }

    ApiReply list(OrgData org, String id, Map<String, List<String>> query) {
        String baseId = resources.find(org, BASES, id).id();
        Violations violations = new Violations();
        query.keySet().forEach(name -> violations.add("property " + name + " should not exist"));
        violations.throwIfAny();
        return ApiReply.ok(rows(org, baseId));
    }

    ApiReply attach(OrgData org, String id, byte[] requestBody) {
        String baseId = resources.find(org, BASES, id).id();
        ObjectNode body = Json.readBody(requestBody);
        Violations violations = new Violations();
        violations.rejectProperties(body, "fileId"::equals);
        violations.requireString(body.get("fileId"), "fileId");
        violations.uuid(body.get("fileId"), "fileId");
        violations.throwIfAny();
        StoredObject file = resources.find(org, ApiKind.FILE, body.get("fileId").stringValue());
        ObjectNode row = Json.object();
        row.put("knowledgeBaseV2Id", baseId);
        row.put("fileId", file.id());
        row.set("fileName", file.body().path("name"));
        row.set("mimetype", file.body().path("mimetype"));
        row.set("bytes", file.body().path("bytes"));
        row.put("status", "ready");
        synchronized (org) { // the same lock OrgData takes, so two attaches of one file cannot both pass
            if (row(org, baseId, file.id()) != null) {
                throw ApiError.badRequest("File " + file.id() + " is already attached to this knowledge base");
            }
            return ApiReply.created(ROWS.rules().present(resources.insert(org, ROWS, row)));
        }
    }

    ApiReply detach(OrgData org, String id, String fileId) {
        String baseId = resources.find(org, BASES, id).id();
        StoredObject row = row(org, baseId, ResourceHandler.requireUuid(fileId).toLowerCase(Locale.ROOT));
        if (row == null) {
            throw ApiError.notFound(ROWS.notFoundMessage());
        }
        org.remove(ROWS, row.id());
        return ApiReply.ok(ROWS.rules().present(row.body()));
    }

    /** Deletes a knowledge base together with its attachments. */
    ApiReply delete(OrgData org, String id) {
        ApiReply reply = resources.delete(org, BASES, id);
        String baseId = reply.body().path("id").asString();
        for (StoredObject row : org.all(ROWS)) {
            if (row.body().path("knowledgeBaseV2Id").asString().equals(baseId)) {
                org.remove(ROWS, row.id());
            }
        }
        return reply;
    }

    private static ArrayNode rows(OrgData org, String baseId) {
        ArrayNode rows = Json.array();
        org.all(ROWS).stream()
                .filter(row -> row.body().path("knowledgeBaseV2Id").asString().equals(baseId))
                .sorted(StoredObject.OLDEST_FIRST.reversed())
                .forEach(row -> rows.add(ROWS.rules().present(row.body())));
        return rows;
    }

    private static StoredObject row(OrgData org, String baseId, String fileId) {
        return org.all(ROWS).stream()
                .filter(row -> row.body().path("knowledgeBaseV2Id").asString().equals(baseId))
                .filter(row -> row.body().path("fileId").asString().equals(fileId))
                .findFirst()
                .orElse(null);
    }
}
