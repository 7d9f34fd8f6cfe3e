package dev.ferry.canonical;

import dev.ferry.render.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What canonical form knows per target: fields the server owns, fields that hold ids (as
 * patterns of JSON Pointers where {@code *} is any array index), and arrays that are sets.
 */
final class FieldTables {
    /** A field holding the id of another object. */
    record RefField(String pattern, Target target) {}

    static final Set<String> SERVER_OWNED = Set.of("id", "orgId", "createdAt", "updatedAt", "isDeleted",
            "isServerUrlSecretSet", "latestVersion", "analyticsMetadata", "workflowIds", "authenticationSession");

    static final Set<String> FILE_SERVER_OWNED = Set.of("object", "status", "originalName", "bytes", "purpose",
            "mimetype", "key", "path", "bucket", "url", "parsedTextUrl", "parsedTextBytes", "metadata");

    static final Map<Target, List<RefField>> REFS = Map.of(
            Target.ASSISTANT, List.of(
                    new RefField("/model/toolIds/*", Target.TOOL),
                    new RefField("/artifactPlan/structuredOutputIds/*", Target.STRUCTURED_OUTPUT),
                    new RefField("/server/credentialId", Target.CREDENTIAL),
                    new RefField("/credentialIds/*", Target.CREDENTIAL)),
            Target.SQUAD, List.of(new RefField("/members/*/assistantId", Target.ASSISTANT)),
            Target.TOOL, List.of(
                    new RefField("/destinations/*/assistantId", Target.ASSISTANT),
                    new RefField("/destinations/*/squadId", Target.SQUAD),
                    new RefField("/server/credentialId", Target.CREDENTIAL),
                    new RefField("/credentialId", Target.CREDENTIAL),
                    new RefField("/knowledgeBases/*/fileIds/*", Target.FILE)),
            Target.STRUCTURED_OUTPUT, List.of(new RefField("/assistantIds/*", Target.ASSISTANT)),
            Target.CREDENTIAL, List.of(),
            Target.FILE, List.of());

    /** Arrays whose order means nothing; canonical form sorts them so a reorder is no difference. */
    static final Map<Target, List<String>> SETS = Map.of(
            Target.ASSISTANT, List.of("/model/toolIds", "/artifactPlan/structuredOutputIds", "/credentialIds",
                    "/serverMessages", "/clientMessages"),
            Target.SQUAD, List.of(),
            Target.TOOL, List.of("/knowledgeBases/*/fileIds"),
            Target.STRUCTURED_OUTPUT, List.of("/assistantIds"),
            Target.CREDENTIAL, List.of(),
            Target.FILE, List.of());

    private FieldTables() {}
}
