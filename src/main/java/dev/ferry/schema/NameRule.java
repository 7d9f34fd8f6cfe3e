package dev.ferry.schema;

import dev.ferry.config.Kind;
import dev.ferry.config.ResourceDocument;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Names the live API would refuse: slug format ({@code slug-format}), the 40-character limit on
 * assistant and structured-output names ({@code name-length}) and the tool {@code function.name}
 * pattern ({@code function-name}).
 */
final class NameRule implements LintRule {
    static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    private static final Pattern FUNCTION_NAME = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    private static final int MAX_NAME = 40;

    @Override
    public void check(LintContext context) {
        for (ResourceDocument document : context.documents()) {
            if (document.slug() != null && !SLUG.matcher(document.slug()).matches()) {
                context.error(document, "/metadata/name", "slug '" + document.slug() + "' must be 1-40 lower-case "
                        + "letters, digits and dashes, starting with a letter or digit", "slug-format");
            }
            if (document.kind() == Kind.ASSISTANT || document.kind() == Kind.STRUCTURED_OUTPUT) {
                checkLength(context, document);
            }
            if (document.kind() == Kind.TOOL) {
                checkFunctionName(context, document);
            }
        }
    }

    private static void checkLength(LintContext context, ResourceDocument document) {
        String name = LiveNames.of(document);
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME && !name.contains("${")) {
            String pointer = document.spec().has("name") ? "/spec/name" : "/metadata/name";
            context.error(document, pointer, "name must be at most " + MAX_NAME + " characters (found " + length
                    + "); Vapi refuses longer " + document.kind().spelling() + " names", "name-length");
        }
    }

    private static void checkFunctionName(LintContext context, ResourceDocument document) {
        JsonNode name = document.spec().path("function").path("name");
        if (name.isString() && !name.asString().contains("${") && !FUNCTION_NAME.matcher(name.asString()).matches()) {
            context.error(document, "/spec/function/name", "must be 1-64 letters, digits, '_' or '-' (found '"
                    + name.asString() + "')", "function-name");
        }
    }
}
