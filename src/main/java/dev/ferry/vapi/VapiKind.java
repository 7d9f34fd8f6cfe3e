package dev.ferry.vapi;

import java.util.Map;
import java.util.Set;

/**
 * The Vapi resource kinds Ferry manages or references, each with its API path, how its list is paged
 * and the rules its writes must follow (vapi-api.md sections 1.4, 1.5 and 3). The client reads these
 * rules so no caller has to remember the three PATCH traps.
 */
public enum VapiKind {
    ASSISTANT("assistant", "assistant", Paging.CREATED_AT_WINDOW, Writes.JSON, Set.of(), Set.of(), Map.of()),
    SQUAD("squad", "squad", Paging.CREATED_AT_WINDOW, Writes.JSON, Set.of(), Set.of("members"), Map.of()),
    // The tool type cannot change after create; the June 2026 update DTOs do not even accept it.
    TOOL("tool", "tool", Paging.CREATED_AT_WINDOW, Writes.JSON, Set.of("type"), Set.of(), Map.of()),
    STRUCTURED_OUTPUT("structured-output", "structured output", Paging.PAGE_NUMBER, Writes.JSON,
            Set.of(), Set.of(), Map.of("schemaOverride", "true")),
    // The v2 list takes only "limit"; date filters would trip the whitelist validation.
    KNOWLEDGE_BASE("v2/knowledge-base", "knowledge base", Paging.SINGLE_PAGE, Writes.JSON,
            Set.of(), Set.of(), Map.of()),
    // Old orgs only; its objects carry no timestamps, so there is nothing to page by.
    LEGACY_KNOWLEDGE_BASE("knowledge-base", "legacy knowledge base", Paging.SINGLE_PAGE, Writes.NONE,
            Set.of(), Set.of(), Map.of()),
    CREDENTIAL("credential", "credential", Paging.CREATED_AT_WINDOW, Writes.JSON, Set.of(), Set.of(), Map.of()),
    FILE("file", "file", Paging.CREATED_AT_WINDOW, Writes.UPLOAD, Set.of(), Set.of(), Map.of()),
    PHONE_NUMBER("phone-number", "phone number", Paging.CREATED_AT_WINDOW, Writes.NONE,
            Set.of(), Set.of(), Map.of());

    /** How a kind's list is read to the end. */
    /** The kind that holds objects of a rendered target. */
    public static VapiKind of(dev.ferry.render.Target target) {
        return switch (target) {
            case ASSISTANT -> ASSISTANT;
            case SQUAD -> SQUAD;
            case TOOL -> TOOL;
            case STRUCTURED_OUTPUT -> STRUCTURED_OUTPUT;
            case CREDENTIAL -> CREDENTIAL;
            case FILE -> FILE;
        };
    }

    public enum Paging {
        /** A bare array walked backwards with {@code createdAtLe}, de-duplicated by id. */
        CREATED_AT_WINDOW,
        /** A {@code {results, metadata}} object walked with {@code page}. */
        PAGE_NUMBER,
        /** One request with the largest {@code limit}; more than that is reported, not truncated. */
        SINGLE_PAGE
    }

    /** Which writes Ferry makes for a kind. */
    public enum Writes {
        /** JSON create, update and delete. */
        JSON,
        /** Created by multipart upload; updated and deleted as JSON. */
        UPLOAD,
        /** Read only. */
        NONE
    }

    private final String path;
    private final String displayName;
    private final Paging paging;
    private final Writes writes;
    private final Set<String> omittedOnUpdate;
    private final Set<String> requiredOnUpdate;
    private final Map<String, String> updateQuery;

    VapiKind(
            String path,
            String displayName,
            Paging paging,
            Writes writes,
            Set<String> omittedOnUpdate,
            Set<String> requiredOnUpdate,
            Map<String, String> updateQuery) {
        this.path = path;
        this.displayName = displayName;
        this.paging = paging;
        this.writes = writes;
        this.omittedOnUpdate = omittedOnUpdate;
        this.requiredOnUpdate = requiredOnUpdate;
        this.updateQuery = updateQuery;
    }

    /** The collection path below the base URL, without a leading slash, e.g. {@code v2/knowledge-base}. */
    public String path() {
        return path;
    }

    /** The singular noun used in messages, e.g. {@code structured output}. */
    public String displayName() {
        return displayName;
    }

    public Paging paging() {
        return paging;
    }

    public Writes writes() {
        return writes;
    }

    /** Top-level keys the client removes from every PATCH of this kind. */
    public Set<String> omittedOnUpdate() {
        return omittedOnUpdate;
    }

    /** Top-level keys every PATCH of this kind must carry; the client refuses the PATCH without them. */
    public Set<String> requiredOnUpdate() {
        return requiredOnUpdate;
    }

    /** Query parameters every PATCH of this kind carries. */
    public Map<String, String> updateQuery() {
        return updateQuery;
    }
}
