package dev.ferry.sandbox;

import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /file}: a multipart upload with {@code file}, and optionally {@code purpose} and
 * {@code metadata} (a JSON string). Only the file's size and type are kept, not its content: nothing
 * in the API reads it back.
 */
final class FileUploads {
    private static final List<String> PURPOSES = List.of("assistant", "composer-attachment", "knowledge-base-v2");
    private static final int MAX_METADATA = 4096;

    private final ResourceHandler resources;

    FileUploads(ResourceHandler resources) {
        this.resources = resources;
    }

    ApiReply upload(OrgData org, String contentType, byte[] body) {
        List<Multipart.Part> parts = Multipart.parse(contentType, body)
                .orElseThrow(() -> ApiError.badRequest("Invalid file"));
        Multipart.Part file = null;
        ObjectNode fields = Json.object();
        Violations violations = new Violations();
        for (Multipart.Part part : parts) {
            switch (String.valueOf(part.name())) {
                case "file" -> file = part;
                case "purpose" -> {
                    violations.requireOneOf(Json.text(part.text()), "purpose", PURPOSES);
                    fields.put("purpose", part.text());
                }
                case "metadata" -> metadata(part.text(), violations).ifPresent(node -> fields.set("metadata", node));
                default -> violations.add("property " + part.name() + " should not exist");
            }
        }
        if (file == null || file.filename() == null) {
            throw ApiError.badRequest("Invalid file");
        }
        violations.throwIfAny();
        ObjectNode created = Json.object();
        created.put("object", "file");
        created.put("status", "done");
        created.put("name", file.filename());
        created.put("originalName", file.filename());
        created.put("bytes", file.content().length);
        created.put("mimetype", mimetype(file));
        created.setAll(fields);
        return ApiReply.created(resources.insert(org, ApiKind.FILE, created));
    }

    private static Optional<JsonNode> metadata(String text, Violations violations) {
        if (text.length() > MAX_METADATA) {
            violations.add("metadata must be shorter than or equal to " + MAX_METADATA + " characters");
            return Optional.empty();
        }
        try {
            JsonNode parsed = Json.readObject(text.getBytes(StandardCharsets.UTF_8));
            return Optional.of(parsed);
        } catch (JacksonException | IllegalArgumentException e) {
            violations.add("metadata must be a JSON string");
            return Optional.empty();
        }
    }

    private static String mimetype(Multipart.Part file) {
        if (file.contentType() != null && !file.contentType().isBlank()) {
            return file.contentType();
        }
        String guessed = URLConnection.guessContentTypeFromName(file.filename());
        return guessed == null ? "application/octet-stream" : guessed;
    }
}
