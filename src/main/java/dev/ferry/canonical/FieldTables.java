package dev.ferry.canonical;

import dev.ferry.render.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What canonical form knows per target beyond {@link dev.ferry.render.RefFields}: the fields the
 * server owns, and the arrays that are sets (as JSON Pointer patterns where {@code *} is any index).
 */
final class FieldTables {
    static final Set<String> SERVER_OWNED = Set.of("id", "orgId", "createdAt", "updatedAt", "isDeleted",
            "isServerUrlSecretSet", "latestVersion", "analyticsMetadata", "workflowIds", "authenticationSession");

    /** Arrays whose order means nothing; canonical form sorts them so a reorder is no difference. */
    static final Map<Target, List<String>> SETS = Map.of(
            Target.ASSISTANT, List.of("/model/toolIds", "/artifactPlan/structuredOutputIds", "/credentialIds",
                    "/serverMessages", "/clientMessages"),
            Target.SQUAD, List.of(),
            Target.TOOL, List.of("/knowledgeBases/*/fileIds"),
            Target.STRUCTURED_OUTPUT, List.of("/assistantIds"),
            Target.CREDENTIAL, List.of(),
            Target.FILE, List.of());

    /**
     * List fields where Vapi treats null, an empty list and an absent key alike (pitfall B34);
     * canonical form drops such a field when it is null or empty, so the three compare equal.
     */
    static final Map<Target, List<String>> LISTS = Map.of(
            Target.ASSISTANT, List.of("/endCallPhrases", "/serverMessages", "/clientMessages", "/hooks",
                    "/credentialIds", "/model/toolIds", "/model/tools", "/transcriber/keywords",
                    "/artifactPlan/structuredOutputIds", "/artifactPlan/scorecardIds"),
            Target.SQUAD, List.of(),
            Target.TOOL, List.of("/messages", "/destinations"),
            Target.STRUCTURED_OUTPUT, List.of("/assistantIds"),
            Target.CREDENTIAL, List.of(),
            Target.FILE, List.of());

    private FieldTables() {}
}
