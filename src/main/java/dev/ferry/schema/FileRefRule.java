package dev.ferry.schema;

import dev.ferry.config.Kind;
import dev.ferry.config.RepoPaths;
import dev.ferry.config.ResourceDocument;
import tools.jackson.databind.JsonNode;

/**
 * Files that documents point at exist, stay inside the repo and are of a sane size:
 * {@code systemPromptRef}, {@code safetyPolicyRef} (which must also be a Policy document),
 * {@code schemaRef} and knowledge-base {@code files}.
 */
final class FileRefRule implements LintRule {
    @Override
    public void check(LintContext context) {
        for (ResourceDocument document : context.documents()) {
            JsonNode spec = document.spec();
            checkText(context, document, "/spec/systemPromptRef");
            if (checkText(context, document, "/spec/safetyPolicyRef")
                    && CycleRule.policySlug(context, document).isEmpty()) {
                context.error(document, "/spec/safetyPolicyRef", "'" + spec.get("safetyPolicyRef").asString()
                        + "' is not a Policy document under " + Kind.POLICY.folder() + "/", "file-not-policy");
            }
            checkText(context, document, "/spec/schemaRef");
            for (var operation : spec.path("operations").properties()) {
                checkText(context, document, "/spec/operations/" + operation.getKey() + "/schemaRef");
            }
            JsonNode files = spec.path("files");
            for (int i = 0; i < files.size(); i++) {
                checkText(context, document, "/spec/files/" + i);
            }
        }
    }

    /** Reports a problem with the path at {@code pointer}; true when the file is fine. */
    private static boolean checkText(LintContext context, ResourceDocument document, String pointer) {
        JsonNode value = document.yaml().root().at(pointer);
        if (!value.isString()) {
            return false;
        }
        RepoPaths.Resolution resolution = RepoPaths.resolve(context.repo().root(), value.asString());
        if (resolution instanceof RepoPaths.Problem problem) {
            context.error(document, pointer, problem.message(), problem.rule());
            return false;
        }
        return true;
    }
}
