package dev.ferry.schema;

import dev.ferry.config.IgnoreRule;
import dev.ferry.config.Kind;
import dev.ferry.config.NameGlob;
import dev.ferry.config.ResourceDocument;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Every ref names a document of the right kind ({@code ref-unknown}), every operation named in a
 * tool ref exists ({@code ref-unknown-operation}), and no ref points at a resource whose live name
 * an ignore rule hands to someone else ({@code ref-ignored}).
 */
final class RefRule implements LintRule {
    @Override
    public void check(LintContext context) {
        for (ResourceDocument document : context.documents()) {
            for (Refs.Ref ref : Refs.of(document)) {
                if (!context.exists(ref.target(), ref.slug())) {
                    if (context.unreadable(ref.target(), ref.slug())) {
                        continue;
                    }
                    context.error(document, ref.pointer(), "refers to " + ref.target().spelling() + " '" + ref.slug()
                            + "', which no file in " + ref.target().folder() + "/ defines", "ref-unknown");
                    continue;
                }
                ignoredBy(context, ref).ifPresent(rule -> context.error(document, ref.pointer(), "refers to "
                        + ref.target().spelling() + " '" + ref.slug() + "', whose live name matches ignore rule '"
                        + rule.name() + "' (" + Optional.ofNullable(rule.reason()).orElse("no reason given") + ")",
                        "ref-ignored"));
            }
            if (document.kind() == Kind.ASSISTANT || document.kind() == Kind.POLICY) {
                checkOperations(context, document);
            }
        }
    }

    private static void checkOperations(LintContext context, ResourceDocument document) {
        JsonNode tools = document.spec().path("tools");
        for (int i = 0; i < tools.size(); i++) {
            JsonNode operations = tools.get(i).path("operations");
            String slug = tools.get(i).path("ref").asString();
            Optional<ResourceDocument> tool = context.repo().find(Kind.TOOL, slug);
            if (operations.isMissingNode() || tool.isEmpty()) {
                continue;
            }
            JsonNode defined = tool.get().spec().path("operations");
            for (int j = 0; j < operations.size(); j++) {
                String operation = operations.get(j).asString();
                if (!defined.has(operation)) {
                    context.error(document, "/spec/tools/" + i + "/operations/" + j, "tool '" + slug
                            + "' has no operation '" + operation + "'", "ref-unknown-operation");
                }
            }
        }
    }

    private static Optional<IgnoreRule> ignoredBy(LintContext context, Refs.Ref ref) {
        Optional<ResourceDocument> target = context.repo().find(ref.target(), ref.slug());
        if (target.isEmpty() || context.environments().isEmpty()) {
            return Optional.empty();
        }
        String liveName = LiveNames.of(target.get());
        return context.environments().get().ignore().stream()
                .filter(rule -> rule.kind() == ref.target() && rule.name() != null)
                .filter(rule -> NameGlob.matches(rule.name(), liveName))
                .findFirst();
    }
}
