package dev.ferry.sandbox.load;

import dev.ferry.render.Target;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object waiting to be created in an org: its target kind, a key unique per target, where it
 * came from (for reports), and its body, whose ref fields hold {@code @ref:<target>/<key>}
 * placeholders. A file also carries the local file to upload.
 */
public record PendingObject(Target target, String key, String source, ObjectNode body, Path upload) {
    public PendingObject {
        body = body.deepCopy();
    }

    public static PendingObject of(Target target, String key, String source, ObjectNode body) {
        return new PendingObject(target, key, source, body, null);
    }
}
