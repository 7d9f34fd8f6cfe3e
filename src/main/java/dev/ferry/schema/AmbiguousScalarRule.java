package dev.ferry.schema;

import dev.ferry.config.Finding;
import dev.ferry.config.PlatformRepo;
import dev.ferry.config.ResourceDocument;
import dev.ferry.yaml.ScalarNote;
import dev.ferry.yaml.YamlDocument;

/**
 * Warns about plain scalars that Ferry reads as strings while other YAML readers do not, such as
 * {@code True}, {@code ~} or {@code Yes} ({@code yaml-ambiguous}): the file means one thing here
 * and another in a colleague's editor or script.
 */
final class AmbiguousScalarRule implements LintRule {
    @Override
    public void check(LintContext context) {
        context.repo().environmentsFile().ifPresent(yaml -> report(context, PlatformRepo.ENVIRONMENTS_FILE, yaml));
        for (ResourceDocument document : context.repo().documents()) {
            report(context, document.file(), document.yaml());
        }
    }

    private static void report(LintContext context, String file, YamlDocument yaml) {
        for (ScalarNote note : yaml.notes()) {
            context.add(Finding.warning(file, note.position(), FieldPaths.of(note.pointer()), "'" + note.text()
                    + "' is the string \"" + note.text() + "\" for Ferry but " + note.otherReading()
                    + "; quote it, or write " + suggestion(note.text()), "yaml-ambiguous"));
        }
    }

    private static String suggestion(String text) {
        return switch (text) {
            case "True", "TRUE" -> "true";
            case "False", "FALSE" -> "false";
            case "~", "Null", "NULL" -> "null";
            default -> "\"" + text + "\"";
        };
    }
}
