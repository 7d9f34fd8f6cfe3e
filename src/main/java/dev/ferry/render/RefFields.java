package dev.ferry.render;

import java.util.List;
import java.util.Map;

/**
 * Where each kind of payload holds ids of other objects, as JSON Pointer patterns in which
 * {@code *} stands for any array index. Render writes refs there, canonical form reads them back,
 * and the create-in-order step wires them.
 */
public final class RefFields {
    /** A field holding the id of another object; {@code backLink} fields are written after creation. */
    public record RefField(String pattern, Target target, boolean backLink) {}

    private static final Map<Target, List<RefField>> FIELDS = Map.of(
            Target.ASSISTANT, List.of(
                    new RefField("/model/toolIds/*", Target.TOOL, false),
                    new RefField("/artifactPlan/structuredOutputIds/*", Target.STRUCTURED_OUTPUT, false),
                    new RefField("/server/credentialId", Target.CREDENTIAL, false),
                    new RefField("/credentialIds/*", Target.CREDENTIAL, false),
                    new RefField("/model/knowledgeBase/fileIds/*", Target.FILE, false)),
            Target.SQUAD, List.of(
                    new RefField("/members/*/assistantId", Target.ASSISTANT, false),
                    new RefField("/members/*/assistantOverrides/toolIds/*", Target.TOOL, false),
                    new RefField("/members/*/assistantOverrides/tools:append/*/destinations/*/assistantId",
                            Target.ASSISTANT, false),
                    new RefField("/membersOverrides/tools:append/*/destinations/*/assistantId",
                            Target.ASSISTANT, false)),
            Target.TOOL, List.of(
                    new RefField("/destinations/*/assistantId", Target.ASSISTANT, true),
                    new RefField("/destinations/*/squadId", Target.SQUAD, true),
                    new RefField("/server/credentialId", Target.CREDENTIAL, false),
                    new RefField("/credentialId", Target.CREDENTIAL, false),
                    new RefField("/knowledgeBases/*/fileIds/*", Target.FILE, false)),
            Target.STRUCTURED_OUTPUT, List.of(new RefField("/assistantIds/*", Target.ASSISTANT, true)),
            Target.CREDENTIAL, List.of(),
            Target.FILE, List.of());

    /** Where squads carry inline handoff tools, whose destinations name assistants (by {@code ref} in Git). */
    public static final List<String> SQUAD_HANDOFF_DESTINATIONS = List.of(
            "/members/*/assistantOverrides/tools:append/*/destinations/*",
            "/membersOverrides/tools:append/*/destinations/*");

    private RefFields() {}

    public static List<RefField> of(Target target) {
        return FIELDS.get(target);
    }
}
