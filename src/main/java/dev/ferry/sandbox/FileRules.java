package dev.ferry.sandbox;

import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /file}: created by multipart upload ({@link FileUploads}); a PATCH may change only {@code name}.
 * Every other field is the server's.
 */
final class FileRules implements KindRules {
    @Override
    public Set<String> readOnly() {
        return SERVER_FIELDS;
    }

    @Override
    public boolean accepts(String property) {
        return property.equals("name");
    }

    @Override
    public void check(ObjectNode body, Violations violations) {
        violations.length(body.get("name"), "name", 1, 40);
    }
}
