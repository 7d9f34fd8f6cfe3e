package dev.ferry.config;

import dev.ferry.yaml.Position;
import java.util.Comparator;

/**
 * One problem found in the platform repo, printed as
 * {@code file:line:col: error|warning: field.path: message [rule-id]} (design section 11).
 *
 * @param file path relative to the repo, with forward slashes
 * @param field dotted field path inside the document, or empty when the finding is about the file
 */
public record Finding(String file, Position position, Severity severity, String field, String message, String rule) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public static Finding error(String file, Position position, String field, String message, String rule) {
        return new Finding(file, position, Severity.ERROR, field, message, rule);
    }

    public static Finding warning(String file, Position position, String field, String message, String rule) {
        return new Finding(file, position, Severity.WARNING, field, message, rule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form of design section 11. */
    public String format() {
        String fieldPart = field == null || field.isEmpty() ? "" : field + ": ";
        return file + ":" + position.line() + ":" + position.column() + ": " + severity.label() + ": " + fieldPart
                + message + " [" + rule + "]";
    }
}
