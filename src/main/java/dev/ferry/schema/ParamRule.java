package dev.ferry.schema;

import dev.ferry.config.Environment;
import dev.ferry.config.Environments;
import dev.ferry.config.ResourceDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every {@code ${params.NAME}} is defined for every environment ({@code param-undefined}), and
 * placeholders that look like Ferry's but are misspelt are caught ({@code param-syntax}). Other
 * {@code ${...}} text, such as JavaScript template strings in code tools, passes untouched.
 */
final class ParamRule implements LintRule {
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PARAM = Pattern.compile("params\\.([A-Za-z][A-Za-z0-9_]*)");

    @Override
    public void check(LintContext context) {
        for (ResourceDocument document : context.documents()) {
            Strings.forEach(document.yaml().root(), "", (pointer, text) -> check(context, document, pointer, text));
        }
    }

    private static void check(LintContext context, ResourceDocument document, String pointer, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String inside = matcher.group(1).strip();
            Matcher param = PARAM.matcher(inside);
            if (param.matches()) {
                context.environments().ifPresent(environments -> checkDefined(context, environments, document,
                        pointer, param.group(1)));
            } else if (inside.startsWith("param") || inside.startsWith("secret") && !inside.startsWith("secrets:")) {
                context.error(document, pointer, "unknown placeholder '${" + inside + "}'; Ferry substitutes "
                        + "${params.NAME} and ${secrets://PATH}", "param-syntax");
            }
        }
    }

    private static void checkDefined(LintContext context, Environments environments, ResourceDocument document,
            String pointer, String name) {
        for (Environment environment : environments.byName().values()) {
            if (!environment.params().containsKey(name)) {
                context.error(document, pointer, "param '" + name + "' is not defined for environment '"
                        + environment.name() + "' (add it to environments." + environment.name()
                        + ".params or to defaults.params)", "param-undefined");
            }
        }
    }
}
