package dev.ferry.schema;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * Slugs are unique within a kind ({@code slug-duplicate}), and so are live names, since Ferry
 * matches live objects by name ({@code name-duplicate}).
 */
final class DuplicateRule implements LintRule {
    @Override
    public void check(LintContext context) {
        for (Kind kind : Kind.values()) {
            Map<String, ResourceDocument> slugs = new HashMap<>();
            Map<String, ResourceDocument> names = new HashMap<>();
            for (ResourceDocument document : context.documents(kind)) {
                if (document.slug() != null) {
                    ResourceDocument first = slugs.putIfAbsent(document.slug(), document);
                    if (first != null) {
                        context.error(document, "/metadata/name", kind.spelling() + " slug '" + document.slug()
                                + "' is already used by " + first.file(), "slug-duplicate");
                        continue;
                    }
                }
                if (kind == Kind.POLICY) {
                    continue;
                }
                String name = LiveNames.of(document);
                ResourceDocument first = names.putIfAbsent(name, document);
                if (first != null && !name.isEmpty()) {
                    context.error(document, document.spec().has("name") ? "/spec/name" : "/metadata/name",
                            kind.spelling() + " live name '" + name + "' is already used by " + first.file()
                                    + "; Ferry matches live objects by name", "name-duplicate");
                }
            }
        }
    }
}
