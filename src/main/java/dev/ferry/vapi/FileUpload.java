package dev.ferry.vapi;

import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file to create with {@code POST /file}: the local file, its purpose ({@code assistant},
 * {@code knowledge-base-v2}, ...) and optional metadata, which Vapi takes as a JSON string of at most
 * 4096 characters and never lets change afterwards.
 *
 * @param metadata null when none is sent
 */
public record FileUpload(Path file, String purpose, ObjectNode metadata) {
    static final int MAX_METADATA_CHARS = 4_096;

    public FileUpload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("a file upload needs a purpose");
        }
        if (metadata != null) {
            metadata = metadata.deepCopy();
            int length = metadataText(metadata).length();
            if (length > MAX_METADATA_CHARS) {
                throw new IllegalArgumentException("file metadata must be at most " + MAX_METADATA_CHARS
                        + " characters as JSON (found " + length + ")");
            }
        }
    }

    /** A copy, so the record stays a value. */
    @Override
    public ObjectNode metadata() {
        return metadata == null ? null : metadata.deepCopy();
    }

    static String metadataText(ObjectNode metadata) {
        return JsonBody.MAPPER.writeValueAsString(metadata);
    }
}
