package dev.ferry.export;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * One file of an export plan: a resource document (its tree kept, so that writing into an
 * existing file can merge instead of replace) or a file taken byte for byte (a prompt, a
 * knowledge document).
 */
public final class ExportFile {
    private final String path;
    private final byte[] content;
    private final JsonNode document;

    private ExportFile(String path, byte[] content, JsonNode document) {
        this.path = path;
        this.content = content;
        this.document = document;
    }

    static ExportFile yaml(String path, String text, JsonNode document) {
        return new ExportFile(path, text.getBytes(StandardCharsets.UTF_8), document);
    }

    static ExportFile bytes(String path, byte[] content) {
        return new ExportFile(path, content.clone(), null);
    }

    /** Relative to the repo root, with forward slashes. */
    public String path() {
        return path;
    }

    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public boolean isDocument() {
        return document != null;
    }

    JsonNode document() {
        return document;
    }

    byte[] contentShared() {
        return content;
    }
}
