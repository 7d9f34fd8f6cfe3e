package dev.ferry.apply;

import dev.ferry.config.PlatformRepo;
import dev.ferry.config.ResourceDocument;
import dev.ferry.yaml.Position;
import dev.ferry.yaml.SourceMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line and column of the field a server message is about, in the document the rejected object
 * came from (pitfall B40): {@code property tools should not exist} points at {@code spec.tools}, and a
 * message that starts with a field path ({@code type must be one of ...}) at that field.
 */
final class SourceLocator {
    private static final Pattern PROPERTY = Pattern.compile("^(?:([\\w.]+)\\.)?property (\\S+) should not exist");
    private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*) ");

    private final Map<String, ResourceDocument> byFile = new HashMap<>();

    SourceLocator(PlatformRepo repo) {
        repo.documents().forEach(document -> byFile.put(document.file(), document));
    }

    /** {@code file:line:col} when the message names a field the document sets, else just {@code file}. */
    String where(String file, String message) {
        ResourceDocument document = byFile.get(file);
        if (document == null) {
            return file;
        }
        String path = fieldOf(message);
        if (path == null) {
            return file;
        }
        SourceMap positions = document.yaml().sourceMap();
        String pointer = "/spec/" + path.replace('.', '/');
        if (!positions.contains(pointer)) {
            return file;
        }
        Position at = positions.keyAt(pointer);
        return file + ":" + at.line() + ":" + at.column();
    }

    private static String fieldOf(String message) {
        Matcher property = PROPERTY.matcher(message);
        if (property.find()) {
            return property.group(1) == null ? property.group(2) : property.group(1) + "." + property.group(2);
        }
        Matcher leading = LEADING_FIELD.matcher(message);
        return leading.find() ? leading.group(1) : null;
    }
}
