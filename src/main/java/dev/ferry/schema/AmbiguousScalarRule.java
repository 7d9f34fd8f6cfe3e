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
                    + "' is the string \"" + note.text() + "\" for Ferry but " + note.otherReading() + "; write \""
                    + note.text() + "\" if you mean the text" + alternative(note.text()), "yaml-ambiguous"));
        }
    }

    /** What to write instead when the other reading is what was meant; empty when JSON has no such value. */
    private static String alternative(String text) {
        return switch (text) {
            case "True", "TRUE", "Yes", "YES", "On", "ON", "Y" -> ", or true for a boolean";
            case "False", "FALSE", "No", "NO", "Off", "OFF", "N" -> ", or false for a boolean";
            case "~", "Null", "NULL" -> ", or null for nothing";
            default -> {
                if (text.startsWith("0x")) {
                    yield ", or " + new java.math.BigInteger(text.substring(2), 16) + " for a number";
                }
                if (text.startsWith("0o")) {
                    yield ", or " + new java.math.BigInteger(text.substring(2), 8) + " for a number";
                }
                yield "";
            }
        };
    }
}
